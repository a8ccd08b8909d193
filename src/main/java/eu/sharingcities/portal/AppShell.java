package eu.sharingcities.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

/** Lumo plus the platform's plain CSS (webapp/styles.css); no custom frontend bundle is built. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles.css")
@Push // alarms appear in every open portal of their city as they happen
public class AppShell implements AppShellConfigurator {
}
