package eu.sharingcities.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

import java.time.Duration;

/**
 * Keeps a view live: while it is attached the browser polls every {@code period} and the view
 * refreshes itself. (Server push comes with the alarms; polling is enough for counters and states.)
 */
public final class LiveRefresh {

    private LiveRefresh() {
    }

    public static void every(Component view, Duration period, Runnable refresh) {
        Registration[] polling = new Registration[1];
        view.addAttachListener(attach -> {
            attach.getUI().setPollInterval((int) period.toMillis());
            polling[0] = attach.getUI().addPollListener(poll -> refresh.run());
        });
        view.addDetachListener(detach -> {
            detach.getUI().setPollInterval(-1);
            if (polling[0] != null) {
                polling[0].remove();
            }
        });
    }
}
