package eu.sharingcities.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import eu.sharingcities.alarms.AlarmBroadcaster;

/**
 * Refreshes a component when its city's alarms change. The broadcast comes on the monitor's
 * thread, where no user is signed in; so the server only pushes a browser event, and the browser's
 * answer runs {@code refresh} as an ordinary request of the signed-in user, with their rights.
 */
final class AlarmsChanged {

    private static final String EVENT = "alarms-changed";

    private AlarmsChanged() {
    }

    static void refresh(Component component, AlarmBroadcaster broadcaster, String cityCode, Runnable refresh) {
        component.getElement().addEventListener(EVENT, event -> refresh.run());
        Runnable[] stop = new Runnable[1];
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            stop[0] = broadcaster.listen(cityCode, city -> ui.access(() ->
                    component.getElement().executeJs("this.dispatchEvent(new CustomEvent($0))", EVENT)));
        });
        component.addDetachListener(detach -> {
            if (stop[0] != null) {
                stop[0].run();
            }
        });
    }
}
