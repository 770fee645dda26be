package course.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Loads every page of the built site in Debian's chromium, served under a sub-path as GitHub Pages
 * serves a project site, with every other host blocked. Fails on a request to another host, a console
 * error, a broken image or link target, horizontal scrolling at 390 px, or an accessibility violation.
 * Screenshots land in target/screenshots.
 */
class BrowserCheckTest {

    private static final String SUB_PATH = "/course-repository/";
    private static final List<String> CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private static HttpServer server;
    private static Playwright playwright;
    private static Browser browser;
    /** axe-core's script, read once, put into each page audited (a navigation drops it). */
    private static String axeScript;

    @BeforeAll
    static void start() throws IOException {
        String chromium = System.getProperty("chromium.path", "/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(Path.of(chromium)),
                "no browser at " + chromium + ": the browser checks are skipped (install Debian's chromium: apt-get install chromium)");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(SUB_PATH, exchange -> {
            String path = exchange.getRequestURI().getPath().substring(SUB_PATH.length());
            Path file = SitePages.SITE.resolve(path.isEmpty() ? "index.html" : path).normalize();
            byte[] body = file.startsWith(SitePages.SITE) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            exchange.getResponseHeaders().set("Content-Type", contentType(file.toString()));
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        server.start();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1",
                "PLAYWRIGHT_NODEJS_PATH", node())));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(chromium)).setHeadless(true).setArgs(CHROMIUM_FLAGS));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void everyPageLoadsCleanlyOnAPhoneUnderASubPath() throws IOException {
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + SUB_PATH;
        List<String> problems = visitAll(SitePages.pages(), base, 390, 844, true);
        assertThat(problems).as("problems found by the browser").isEmpty();
    }

    @Test
    void everyPageLoadsCleanlyFromDiskOnADesktop() throws IOException {
        List<String> problems = visitAll(SitePages.pages(), null, 1280, 900, false);
        assertThat(problems).as("problems found by the browser").isEmpty();
    }

    @Test
    void theSidebarFoldsOnAPhoneAndOpensWithTheKeyboardWithoutJavaScript() throws IOException {
        String page = "lessons/sleepers.html";
        String url = SitePages.SITE.resolve(page).toUri().toString();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setJavaScriptEnabled(false))) {
            Page tab = context.newPage();
            tab.navigate(url);
            assertThat(tab.isVisible("details.sidebar > summary")).as("the button that opens the sidebar").isTrue();
            assertThat(tab.isVisible("details.sidebar nav")).as("the sidebar, folded on a phone").isFalse();
            assertThat(tab.locator("button:visible").count()).as("buttons that would need JavaScript").isZero();
            screenshot(tab, "sidebar-folded-390.png", false);

            tab.focus("details.sidebar > summary");
            tab.keyboard().press("Enter");
            assertThat(tab.isVisible("details.sidebar nav a[aria-current=page]")).as("the sidebar, opened with Enter").isTrue();
            assertThat(((Number) tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue())
                    .as("sideways scrolling with the sidebar open").isLessThanOrEqualTo(0);
            screenshot(tab, "sidebar-open-390.png", false);
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900).setJavaScriptEnabled(false))) {
            Page tab = context.newPage();
            tab.navigate(url);
            assertThat(tab.isVisible("details.sidebar nav a[aria-current=page]")).as("the sidebar on a desktop").isTrue();
            assertThat(tab.isVisible("details.sidebar > summary")).as("the button, not needed on a desktop").isFalse();
            screenshot(tab, "sidebar-desktop.png", false);
        }
    }

    @Test
    void theThemeToggleOverridesTheSystemAndIsRememberedWithoutAFlash() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + SUB_PATH;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setColorScheme(ColorScheme.LIGHT))) {
            Page tab = context.newPage();
            tab.navigate(base + "lessons/sleepers.html");
            assertThat(tab.isVisible("header .theme-toggle")).as("the theme toggle in the header").isTrue();
            assertThat(tab.getAttribute(".theme-toggle", "aria-pressed")).isEqualTo("false");
            assertThat(background(tab)).isEqualTo("rgb(255, 255, 255)");
            tab.click(".theme-toggle");
            assertThat(tab.getAttribute(".theme-toggle", "aria-pressed")).isEqualTo("true");
            assertThat(background(tab)).as("the page after choosing dark").isNotEqualTo("rgb(255, 255, 255)");
            screenshot(tab, "theme-dark-chosen-390.png", false);

            // The next page is dark from its first paint: the choice is applied by the script in <head>,
            // before the stylesheets, and is already there when the document is parsed.
            tab.addInitScript("new MutationObserver((changes, observer) => {"
                    + " if (document.querySelector('link[rel=stylesheet]')) {"
                    + " window.themeAtFirstStylesheet = document.documentElement.dataset.theme || 'none'; observer.disconnect(); } })"
                    + ".observe(document, {childList: true, subtree: true});");
            tab.navigate(base + "labs/wait-for-all.html");
            assertThat(tab.evaluate("window.themeAtFirstStylesheet")).as("the theme when the first stylesheet arrives")
                    .isEqualTo("dark");
            assertThat((Boolean) tab.evaluate("(() => { const c = [...document.head.children];"
                    + " const s = c.findIndex(e => e.tagName === 'SCRIPT' && !e.src);"
                    + " return s >= 0 && s < c.findIndex(e => e.matches('link[rel=stylesheet]')); })()"))
                    .as("the theme script comes before the stylesheets").isTrue();
            assertThat(tab.getAttribute(".theme-toggle", "aria-pressed")).isEqualTo("true");
            tab.click(".theme-toggle");
            tab.reload();
            assertThat(background(tab)).as("light again after choosing light").isEqualTo("rgb(255, 255, 255)");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900).setColorScheme(ColorScheme.DARK))) {
            Page tab = context.newPage();
            tab.navigate(SitePages.SITE.resolve("index.html").toUri().toString());
            assertThat(background(tab)).as("a dark system, no choice made").isNotEqualTo("rgb(255, 255, 255)");
            assertThat(tab.getAttribute(".theme-toggle", "aria-pressed")).isEqualTo("true");
            tab.click(".theme-toggle");
            tab.reload();
            assertThat(background(tab)).as("light chosen on a dark system, from disk").isEqualTo("rgb(255, 255, 255)");
            assertThat(tab.getAttribute(".theme-toggle", "aria-pressed")).isEqualTo("false");
        }
    }

    @Test
    void thePrintedPageShowsTheTextAloneWithWrappedListingsAndLinkAddresses() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900).setColorScheme(ColorScheme.DARK))) {
            Page tab = context.newPage();
            tab.navigate(SitePages.SITE.resolve("lessons/coordination.html").toUri().toString());
            tab.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
            for (String hidden : List.of("details.sidebar", "header .header-tools", "nav.course-nav", ".copy-button", ".skip-link")) {
                assertThat((Boolean) tab.evaluate("s => [...document.querySelectorAll(s)].every(e => getComputedStyle(e).display === 'none')", hidden))
                        .as("%s in print", hidden).isTrue();
            }
            assertThat(tab.evaluate("getComputedStyle(document.querySelector('.listingblock pre')).whiteSpace"))
                    .as("listings in print").isEqualTo("pre-wrap");
            assertThat(background(tab)).as("print is light even on a dark system").isEqualTo("rgb(255, 255, 255)");
            Object after = tab.evaluate("(() => { const a = document.querySelector('main a[href^=\"http\"]');"
                    + " return [a.getAttribute('href'), getComputedStyle(a, '::after').content]; })()");
            List<?> pair = (List<?>) after;
            assertThat((String) pair.get(1)).as("an external link's address in print")
                    .containsAnyOf((String) pair.get(0), "attr(href)");
        }
    }

    private static String background(Page tab) {
        return (String) tab.evaluate("getComputedStyle(document.body).backgroundColor");
    }

    @Test
    void searchFindsLessonsByIdentifierOnAPhoneUnderASubPath() throws IOException {
        search("http://127.0.0.1:" + server.getAddress().getPort() + SUB_PATH + "labs/ordered-results.html", 390, 844, "390");
    }

    @Test
    void searchFindsLessonsByIdentifierFromDiskOnADesktop() throws IOException {
        search(SitePages.SITE.resolve("lessons/sleepers.html").toUri().toString(), 1280, 900, "desktop");
    }

    private void search(String url, int width, int height, String name) throws IOException {
        List<String> problems = new ArrayList<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height))) {
            context.route("**/*", route -> {
                URI uri = URI.create(route.request().url());
                if ("file".equals(uri.getScheme()) || "127.0.0.1".equals(uri.getHost())) {
                    route.resume();
                } else {
                    problems.add("request to another host: " + route.request().url());
                    route.abort("blockedbyclient");
                }
            });
            Page tab = context.newPage();
            tab.onConsoleMessage(message -> {
                if ("error".equals(message.type())) {
                    problems.add("console error: " + message.text());
                }
            });
            tab.onPageError(error -> problems.add("script error: " + error));
            tab.navigate(url);
            assertThat(tab.isVisible("header #search-input")).as("the search box in the header").isTrue();

            assertThat(firstResult(tab, "CountDownLatch")).as("the first result for CountDownLatch")
                    .contains("lessons/coordination.html");
            screenshot(tab, "search-CountDownLatch-" + name + ".png", false);
            assertThat(tab.innerText(".search-list li:first-child a")).as("a result names its page and section")
                    .contains(outlineTitle("lessons/coordination"));
            assertThat(firstResult(tab, "GIL")).as("the first result for GIL").contains("lessons/gil-limitation.html");
            firstResult(tab, "newVirtualThreadPerTaskExecutor");
            assertThat(tab.locator(".search-list a").evaluateAll("links => links.map(a => a.href).join(' ')"))
                    .as("the results for an identifier from a listing").asString().contains("lessons/virtual-threads.html");

            tab.fill("#search-input", "");
            tab.locator("#search-input").pressSequentially("zyzzyvaquokka");
            tab.waitForFunction("document.querySelector('.search-count').textContent !== ''");
            assertThat(tab.innerText(".search-results")).as("a search that finds nothing").contains("No results");
            assertThat(tab.textContent("#search-status")).isEqualTo("No results");
            assertThat(tab.locator(".search-list li").count()).isZero();
            screenshot(tab, "search-no-results-" + name + ".png", false);

            // The keyboard: down into the list, down again, up, Enter opens the section.
            firstResult(tab, "CountDownLatch");
            tab.focus("#search-input");
            tab.keyboard().press("ArrowDown");
            assertThat(tab.evaluate("document.activeElement === document.querySelector('.search-list li:nth-child(1) a')")).isEqualTo(true);
            tab.keyboard().press("ArrowDown");
            tab.keyboard().press("ArrowDown");
            tab.keyboard().press("ArrowUp");
            String second = (String) tab.evaluate("document.querySelector('.search-list li:nth-child(2) a').href");
            assertThat(tab.evaluate("document.activeElement.href")).isEqualTo(second);
            tab.keyboard().press("Escape");
            assertThat(tab.isVisible(".search-results")).as("the list after Escape").isFalse();
            assertThat(tab.evaluate("document.activeElement.id")).isEqualTo("search-input");
            firstResult(tab, "CountDownLatch");
            tab.keyboard().press("Tab");
            assertThat(tab.evaluate("document.activeElement.href")).as("Tab from the search box").isEqualTo(
                    tab.evaluate("document.querySelector('.search-list li:nth-child(1) a').href"));
            tab.keyboard().press("Tab");
            assertThat(tab.evaluate("document.activeElement.href")).isEqualTo(second);
            tab.keyboard().press("Enter");
            tab.waitForURL(second);
            String anchor = URI.create(second).getFragment();
            assertThat(anchor).as("a result links to its section").isNotBlank();
            assertThat(tab.isVisible("[id='" + anchor + "']")).isTrue();
        }
        assertThat(problems).as("problems while searching").isEmpty();
    }

    /** Types a query into the search box as a reader does, and returns the address of the first result. */
    private static String firstResult(Page tab, String query) {
        tab.fill("#search-input", "");
        tab.locator("#search-input").pressSequentially(query);
        tab.waitForFunction("document.querySelectorAll('.search-list li a').length > 0");
        return (String) tab.evaluate("document.querySelector('.search-list li a').href");
    }

    private static String outlineTitle(String folder) {
        return SitePages.outline().entries().stream().filter(entry -> entry.folder().equals(folder))
                .findFirst().orElseThrow().title();
    }

    @Test
    void copyButtonsCopyListingsWithoutCalloutNumbersAndSaySo() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + SUB_PATH;
        String page = SitePages.pages().stream()
                .filter(p -> !SitePages.parse(p).select(".listingblock pre .conum").isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no listing with callouts on the site"));
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
            Page tab = context.newPage();
            tab.navigate(base + page);
            int listings = tab.locator(".listingblock pre").count();
            assertThat(tab.locator(".listingblock button.copy-button").count()).as("one copy button a listing on %s", page)
                    .isEqualTo(listings).isPositive();
            String block = ".listingblock:has(pre .conum)";
            String shown = tab.locator(block + " pre").first().innerText();
            var button = tab.locator(block + " button.copy-button").first();
            assertThat(button.getAttribute("aria-label")).as("the copy button's accessible name").startsWith("Copy");
            button.focus();
            tab.keyboard().press("Enter");
            tab.waitForFunction("document.getElementById('course-status').textContent === 'Copied'");
            assertThat(tab.getAttribute("#course-status", "aria-live")).isEqualTo("polite");
            String copied = (String) tab.evaluate("navigator.clipboard.readText()");
            assertThat(copied).as("the copied listing").isNotBlank().doesNotContain("(1)");
            String firstLine = shown.lines().filter(line -> !line.isBlank()).findFirst().orElseThrow()
                    .replaceAll("\\s*\\(?\\d+\\)?\\s*$", "").strip();
            assertThat(copied).contains(firstLine.substring(0, Math.min(20, firstLine.length())));
            tab.locator(".listingblock").last().scrollIntoViewIfNeeded();
        }
    }

    private static void screenshot(Page tab, String name, boolean fullPage) throws IOException {
        Path shot = Path.of("target/screenshots", name);
        Files.createDirectories(shot.getParent());
        tab.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(fullPage));
    }

    /**
     * One tab that visits every page in turn: one context, its route and listeners set once, each page reached by
     * navigating (a context a page cost about as much as the checks). What the listeners find is put down to the
     * page being visited.
     */
    private static List<String> visitAll(List<String> pages, String base, int width, int height, boolean phone)
            throws IOException {
        List<String> problems = new ArrayList<>();
        String[] visiting = {""};
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height))) {
            context.route("**/*", route -> {
                URI uri = URI.create(route.request().url());
                if ("file".equals(uri.getScheme()) || "127.0.0.1".equals(uri.getHost()) || "data".equals(uri.getScheme())) {
                    route.resume();
                } else {
                    problems.add(visiting[0] + ": request to another host: " + route.request().url());
                    route.abort("blockedbyclient");
                }
            });
            Page tab = context.newPage();
            tab.onConsoleMessage(message -> {
                if ("error".equals(message.type()) && !message.text().contains("ERR_BLOCKED_BY_CLIENT")) {
                    problems.add(visiting[0] + ": console error: " + message.text());
                }
            });
            tab.onPageError(error -> problems.add(visiting[0] + ": script error: " + error));
            tab.onResponse(response -> {
                if (response.status() >= 400) {
                    problems.add(visiting[0] + ": " + response.status() + " for " + response.url());
                }
            });
            for (String page : pages) {
                visiting[0] = page;
                String url = base == null ? SitePages.SITE.resolve(page).toUri().toString() : base + page;
                problems.addAll(visit(tab, url, page, width, height, phone));
            }
        }
        return problems;
    }

    private static List<String> visit(Page tab, String url, String page, int width, int height, boolean phone)
            throws IOException {
        List<String> problems = new ArrayList<>();
        // As a new context would: light, until the loop below switches (the last page ended dark).
        tab.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        tab.navigate(url);
        tab.waitForLoadState();

        Object brokenImages = tab.evaluate(
                "[...document.images].filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src)");
        if (brokenImages instanceof List<?> list && !list.isEmpty()) {
            problems.add(page + ": broken images " + list);
        }
        Object overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        if (((Number) overflow).intValue() > 0) {
            problems.add(page + ": scrolls sideways by " + overflow + " px at " + width + " px wide");
        }
        String name = page.replace('/', '-').replace(".html", "") + (phone ? "-390" : "-desktop");
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            tab.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
            String background = (String) tab.evaluate("getComputedStyle(document.body).backgroundColor");
            boolean darkPage = !background.equals("rgb(255, 255, 255)");
            if (darkPage != (scheme == ColorScheme.DARK)) {
                problems.add(page + ": the background is " + background + " in the " + scheme + " scheme");
            }
            if (phone) {
                // Only over http: on file:// pages axe's own stylesheet requests are refused by the browser.
                // At the phone's width and, in the same tab, at a desktop's (the sidebar is laid out otherwise).
                String theme = scheme.name().toLowerCase(java.util.Locale.ROOT);
                problems.addAll(accessibility(tab, page + " (" + theme + ", " + width + " px)"));
                tab.setViewportSize(1280, 900);
                problems.addAll(accessibility(tab, page + " (" + theme + ", 1280 px)"));
                tab.setViewportSize(width, height);
            }
            Path shot = Path.of("target/screenshots", name + (scheme == ColorScheme.DARK ? "-dark" : "") + ".png");
            Files.createDirectories(shot.getParent());
            tab.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
        }
        return problems;
    }

    private static List<String> accessibility(Page tab, String page) throws IOException {
        // The version is set once, in the parent pom, and handed over by surefire.
        String version = System.getProperty("axe.version");
        assertThat(version).as("system property axe.version (run the tests through ./mvnw)").isNotBlank();
        if (Boolean.TRUE.equals(tab.evaluate("typeof axe !== 'undefined'"))) {
            return axeViolations(tab, page);
        }
        if (axeScript == null) {
            Path axe = Path.of(System.getProperty("axe.script", "target/axe-core/package/axe.min.js"));
            assertThat(axe).as("axe-core %s, unpacked by the build (site/pom.xml)", version).isRegularFile();
            axeScript = Files.readString(axe, StandardCharsets.UTF_8);
        }
        tab.addScriptTag(new Page.AddScriptTagOptions().setContent(axeScript));
        String running = (String) tab.evaluate("axe.version");
        assertThat(running).as("the axe-core that audits the page").isEqualTo(version);
        return axeViolations(tab, page);
    }

    private static List<String> axeViolations(Page tab, String page) {
        Object violations = tab.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']}))"
                + ".violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                + " + v.nodes.map(n => n.target.join(' ')).join(', '))");
        List<String> problems = new ArrayList<>();
        if (violations instanceof List<?> list) {
            list.forEach(violation -> problems.add(page + ": accessibility: " + violation));
        }
        return problems;
    }

    private static String node() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "node");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new AssertionError("Node.js (20 or later) is needed to drive the browser: install it (apt-get install nodejs)");
    }

    private static String contentType(String file) {
        if (file.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (file.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (file.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (file.endsWith(".png")) {
            return "image/png";
        }
        if (file.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return "application/octet-stream";
    }
}
