package eu.sharingcities.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import eu.sharingcities.alarms.AlarmBroadcaster;

/**
 * Keeps a component showing its city's alarms as they are. The broadcast comes on a thread where
 * no user is signed in; so the server only pushes a browser event, and the browser's answer runs
 * {@code refresh} as an ordinary request of the signed-in user, with their rights.
 */
public final class AlarmsChanged {

    private static final String EVENT = "alarms-changed";

    private AlarmsChanged() {
    }

    /**
     * Runs {@code refresh} whenever the city's alarms change while the component is attached, and
     * each time it starts listening (on attach, or at once when attached already): reading only
     * after listening, a change committed in between is not missed. Remove the registration to
     * stop, e.g. when the component shows another city.
     */
    public static Registration refresh(Component component, AlarmBroadcaster broadcaster, String cityCode, Runnable refresh) {
        Registration browserEvent = component.getElement().addEventListener(EVENT, event -> refresh.run());
        Runnable[] stop = {() -> { }};
        java.util.function.Consumer<UI> start = ui -> {
            stop[0].run();
            stop[0] = broadcaster.listen(cityCode, city -> ui.access(() ->
                    component.getElement().executeJs("this.dispatchEvent(new CustomEvent($0))", EVENT)));
            refresh.run();
        };
        Registration attach = component.addAttachListener(event -> start.accept(event.getUI()));
        Registration detach = component.addDetachListener(event -> {
            stop[0].run();
            stop[0] = () -> { };
        });
        component.getUI().ifPresent(start);
        return () -> {
            browserEvent.remove();
            attach.remove();
            detach.remove();
            stop[0].run();
        };
    }
}
