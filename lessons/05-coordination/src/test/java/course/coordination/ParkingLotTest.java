package course.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ParkingLotTest {

    @Test
    void twoSpacesHoldTwoCarsAtOnceAndNeverThree() throws InterruptedException {
        CyclicBarrier twoParked = new CyclicBarrier(2); // a car leaves only when another car is parked too
        ParkingLot lot = new ParkingLot(2);

        int most = ParkingLot.run(4, lot, car -> {
            try {
                twoParked.await();
            } catch (BrokenBarrierException e) {
                throw new IllegalStateException(e);
            }
        }, new Output().stream);

        assertThat(most).isEqualTo(2);
    }
}
