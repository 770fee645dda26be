# The commands of the instructors' guide (README.adoc in this folder), one tagged region each. The guide
# includes them from here, and instructors/test runs every region on a scratch copy of the repository, in
# this order, so that the guide cannot go stale. Run them from the repository's folder; they use only git,
# perl and the Maven Wrapper, so they also work on macOS and in Git Bash on Windows.
# This file is not meant to be run as a whole: copy the commands you need.

# tag::check[]
./mvnw -q -pl build-tools compile exec:exec@check
# end::check[]

# tag::rename[]
perl -i -pe 's|<course.title>.*?</course.title>|<course.title>Concurrency in Java</course.title>|;
             s|<course.cohort>.*?</course.cohort>|<course.cohort>Spring 2027, group B</course.cohort>|' pom.xml
# end::rename[]

# tag::add-lesson[]
new=my-lesson package=mylesson                              # the new folder and Java package
cp -R lessons/sleepers "lessons/$new"                       # start from a lesson you like
rm -rf "lessons/$new/target"
for dir in main test; do
  mv "lessons/$new/src/$dir/java/course/sleepers" "lessons/$new/src/$dir/java/course/$package"
done
# The package in the sources, tests, lesson.adoc and runs.properties; the module's name in its pom.xml.
find "lessons/$new" -type f \( -name '*.java' -o -name '*.adoc' -o -name '*.properties' -o -name pom.xml \) \
  -exec perl -i -pe "s/course\.sleepers/course.$package/g; s|course/sleepers|course/$package|g;
                     s|lessons/sleepers|lessons/$new|g;
                     s|<artifactId>lesson-sleepers</artifactId>|<artifactId>lesson-$new</artifactId>|;
                     s|<name>Lesson: Ten sleepers</name>|<name>Lesson $new</name>|" {} +
# Its <module> line in pom.xml (after the last lesson's), and its line in the outline (before the labs' appendix).
perl -i -pe "s|^(\s*)<module>lessons/testing-concurrent-code</module>\n|\$&\$1<module>lessons/$new</module>\n|" pom.xml
perl -i -pe "print 'lessons/$new | My lesson | One sentence that says what the lesson shows.', \"\n\" if m{^instructors\s}" site/outline.txt
# end::add-lesson[]

# tag::lesson-tests[]
./mvnw -q -pl lessons/my-lesson test
# end::lesson-tests[]

# tag::reorder[]
line=$(grep '^lessons/my-lesson ' site/outline.txt)           # move this line ...
perl -i -ne 'print unless m{^lessons/my-lesson\s}' site/outline.txt
perl -i -pe "print q{$line}, \"\n\" if m{^lessons/testing-concurrent-code\s}" site/outline.txt   # ... above this one
# end::reorder[]

# tag::remove-lesson[]
old=my-lesson
git grep -n -e "lesson:$old\[" -e "lessons/$old" -- . ":!lessons/$old" || true   # what refers to it
rm -rf "lessons/$old"
perl -i -ne "print unless m{^\s*<module>lessons/$old</module>\s*\$}" pom.xml
perl -i -ne "print unless m{^lessons/$old\s}" site/outline.txt
# end::remove-lesson[]

# tag::grade[]
./mvnw -q -pl labs/wait-for-all test -Pstudent
# end::grade[]

# tag::points[]
bash labs/grade labs/wait-for-all
# end::points[]

# tag::points-reference[]
bash labs/grade --reference labs/wait-for-all
# end::points-reference[]

# tag::update-jdk[]
old=25 new=26
perl -i -pe "s|<java.release>$old</java.release>|<java.release>$new</java.release>|" pom.xml
perl -i -pe "s|java-version: '$old'|java-version: '$new'|" .github/workflows/*.yml
git grep -n -w -e "JDK $old" -e "Java $old" -e "\"$old\"" -- .devcontainer README.md site/home.adoc || true
# end::update-jdk[]
