package eu.sharingcities.alarms.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.sharingcities.alarms.AlarmConfiguration;
import eu.sharingcities.alarms.AlarmRecipients;
import eu.sharingcities.alarms.Priority;
import eu.sharingcities.alarms.RuleKind;
import eu.sharingcities.city.CityInfo;
import eu.sharingcities.portal.CityLayout;
import eu.sharingcities.portal.CityMenu;
import eu.sharingcities.portal.CityPage;
import eu.sharingcities.portal.FormProblem;
import eu.sharingcities.portal.RequiresCityRole;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.telemetry.PointSummary;
import eu.sharingcities.telemetry.Telemetry;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The city's alarm rules and who is e-mailed: everyone sees them; city administrators add rules,
 * change the selected one, switch it off or on, and keep the on-call list. A rejected form keeps
 * what was typed and says which field is wrong.
 */
@CityMenu(value = "nav.alarm-rules", order = 30)
@Route(value = ":city/alarm-rules", layout = CityLayout.class)
@RequiresCityRole(Role.VIEWER)
@CdiComponent
class AlarmRulesView extends Main implements CityPage, HasDynamicTitle {

    @Inject
    AlarmConfiguration configuration;

    @Inject
    AlarmRecipients recipientList;

    @Inject
    Telemetry telemetry;

    @Inject
    CurrentUser currentUser;

    private CityInfo city;
    private final Grid<AlarmConfiguration.RuleSummary> rules = new Grid<>();
    private final Grid<AlarmRecipients.Recipient> recipients = new Grid<>();
    private final Paragraph problem = new Paragraph();
    private final TextField name = new TextField();
    private final Select<Priority> priority = new Select<>();
    private final Select<RuleKind> kind = new Select<>();
    private final ComboBox<String> point = new ComboBox<>();
    private final TextField endpoint = new TextField();
    private final NumberField limit = new NumberField();
    private final NumberField deadband = new NumberField();
    private final IntegerField onDelay = new IntegerField();
    private final NumberField maxPerMinute = new NumberField();
    private final IntegerField maxAge = new IntegerField();
    private final NumberField expected = new NumberField();
    private final NumberField tolerance = new NumberField();
    private final IntegerField offDelay = new IntegerField();
    private final ComboBox<String> suppressPoint = new ComboBox<>();
    private final NumberField suppressBelow = new NumberField();
    private final TextField outOfServiceReason = new TextField();

    @Override
    public void show(CityInfo city, BeforeEnterEvent event) {
        this.city = city;
        removeAll();
        add(new H1(getTranslation("nav.alarm-rules")), rulesGrid());
        boolean admin = currentUser.require().may(Role.CITY_ADMIN, city.code());
        if (admin) {
            problem.setId("rule-problem");
            problem.addClassName("form-problem");
            add(ruleForm(), ruleButtons(), problem, new H2(getTranslation("rules.recipients")), recipientsGrid(), recipientForm());
            refreshRecipients();
        }
        refreshRules();
    }

    private Grid<AlarmConfiguration.RuleSummary> rulesGrid() {
        rules.removeAllColumns();
        rules.setId("rules-grid");
        rules.addColumn(AlarmConfiguration.RuleSummary::name).setHeader(getTranslation("alarms.rule")).setAutoWidth(true);
        rules.addColumn(r -> getTranslation("priority." + r.priority().name().toLowerCase())).setHeader(getTranslation("alarms.priority")).setAutoWidth(true);
        rules.addColumn(r -> getTranslation("rules.kind." + r.kind().toLowerCase())).setHeader(getTranslation("rules.kind")).setAutoWidth(true);
        rules.addColumn(r -> r.point() != null ? r.point() : r.endpoint()).setHeader(getTranslation("rules.watches")).setAutoWidth(true);
        rules.addColumn(this::settings).setHeader(getTranslation("rules.settings")).setFlexGrow(1);
        rules.addColumn(r -> r.enabled() ? getTranslation("rules.on") : getTranslation("rules.off") + ": " + r.outOfServiceReason())
                .setHeader(getTranslation("rules.enabled")).setAutoWidth(true);
        rules.addColumn(r -> r.shelvedUntil() == null ? "" : getTranslation("rules.shelved", r.shelvedUntil().atZone(city.zone()).toLocalDateTime()
                .withNano(0))).setHeader(getTranslation("rules.shelving")).setAutoWidth(true);
        rules.setAllRowsVisible(true);
        rules.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                fill(e.getValue());
            }
        });
        return rules;
    }

    private String settings(AlarmConfiguration.RuleSummary r) {
        StringBuilder text = new StringBuilder();
        append(text, "rules.limit", r.limit());
        append(text, "rules.deadband", r.deadband() == 0 ? null : r.deadband());
        append(text, "rules.on-delay", r.onDelaySeconds() == 0 ? null : r.onDelaySeconds());
        append(text, "rules.max-per-minute", r.maxPerMinute());
        append(text, "rules.max-age", r.maxAgeSeconds());
        append(text, "rules.expected", r.expected());
        append(text, "rules.tolerance", r.tolerance());
        return text.toString();
    }

    private void append(StringBuilder text, String key, Object value) {
        if (value != null) {
            text.append(text.isEmpty() ? "" : " · ").append(getTranslation(key)).append(' ').append(value);
        }
    }

    private FormLayout ruleForm() {
        name.setLabel(getTranslation("alarms.rule"));
        name.setId("rule-name");
        priority.setLabel(getTranslation("alarms.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> getTranslation("priority." + p.name().toLowerCase()));
        priority.setValue(Priority.MEDIUM);
        priority.setId("rule-priority");
        kind.setLabel(getTranslation("rules.kind"));
        kind.setItems(RuleKind.configurable());
        kind.setItemLabelGenerator(k -> getTranslation("rules.kind." + k.name().toLowerCase()));
        kind.setValue(RuleKind.HIGH_LIMIT);
        kind.setId("rule-kind");
        point.setLabel(getTranslation("rules.point"));
        point.setId("rule-point");
        List<String> codes = telemetry.points(city.code(), "", 0, 10_000).stream().map(PointSummary::code).toList();
        point.setItems(codes);
        suppressPoint.setItems(codes);
        endpoint.setLabel(getTranslation("rules.endpoint"));
        endpoint.setId("rule-endpoint");
        label(limit, "rules.limit", "rule-limit");
        label(deadband, "rules.deadband", "rule-deadband");
        onDelay.setLabel(getTranslation("rules.on-delay"));
        onDelay.setId("rule-on-delay");
        label(maxPerMinute, "rules.max-per-minute", "rule-max-per-minute");
        maxAge.setLabel(getTranslation("rules.max-age"));
        maxAge.setId("rule-max-age");
        label(expected, "rules.expected", "rule-expected");
        label(tolerance, "rules.tolerance", "rule-tolerance");
        offDelay.setLabel(getTranslation("rules.off-delay"));
        offDelay.setId("rule-off-delay");
        suppressPoint.setLabel(getTranslation("rules.suppress-point"));
        suppressPoint.setId("rule-suppress-point");
        suppressPoint.setClearButtonVisible(true);
        label(suppressBelow, "rules.suppress-below", "rule-suppress-below");
        FormLayout form = new FormLayout(name, priority, kind, point, endpoint, limit, deadband, onDelay, offDelay, maxPerMinute, maxAge, expected,
                tolerance, suppressPoint, suppressBelow);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        return form;
    }

    private void label(NumberField field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
    }

    private HorizontalLayout ruleButtons() {
        Button add = new Button(getTranslation("rules.add"), click -> act(() -> configuration.createRule(city.code(), formRule())));
        add.setId("rule-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button save = new Button(getTranslation("rules.save"), click -> act(() -> configuration.updateRule(selected().id(), formRule())));
        save.setId("rule-save");
        outOfServiceReason.setPlaceholder(getTranslation("rules.out-of-service.reason"));
        outOfServiceReason.setId("rule-out-of-service-reason");
        Button toggle = new Button(getTranslation("rules.toggle"), click -> act(() -> configuration.setEnabled(selected().id(), !selected().enabled(),
                outOfServiceReason.getValue())));
        toggle.setId("rule-toggle");
        HorizontalLayout buttons = new HorizontalLayout(add, save, outOfServiceReason, toggle);
        buttons.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.BASELINE);
        return buttons;
    }

    private AlarmConfiguration.RuleSummary selected() {
        return rules.asSingleSelect().getOptionalValue().orElseThrow(() -> new IllegalArgumentException(getTranslation("rules.select")));
    }

    private AlarmConfiguration.NewRule formRule() {
        return new AlarmConfiguration.NewRule(name.getValue(), priority.getValue() == null ? null : priority.getValue().name(), kind.getValue() == null ? null : kind.getValue().name(), point.getValue(),
                endpoint.getValue(), limit.getValue(), deadband.getValue(), onDelay.getValue(), maxPerMinute.getValue(), maxAge.getValue(),
                expected.getValue(), tolerance.getValue(), offDelay.getValue(), suppressPoint.getValue(), suppressBelow.getValue());
    }

    private void fill(AlarmConfiguration.RuleSummary r) {
        name.setValue(r.name());
        priority.setValue(r.priority());
        kind.setValue(RuleKind.valueOf(r.kind()));
        point.setValue(r.point());
        endpoint.setValue(r.endpoint() == null ? "" : r.endpoint());
        limit.setValue(r.limit());
        deadband.setValue(r.deadband());
        onDelay.setValue(r.onDelaySeconds());
        maxPerMinute.setValue(r.maxPerMinute());
        maxAge.setValue(r.maxAgeSeconds());
        expected.setValue(r.expected());
        tolerance.setValue(r.tolerance());
        offDelay.setValue(r.offDelaySeconds());
        suppressPoint.setValue(r.suppressPoint());
        suppressBelow.setValue(r.suppressBelow());
    }

    private Grid<AlarmRecipients.Recipient> recipientsGrid() {
        recipients.removeAllColumns();
        recipients.setId("recipients-grid");
        recipients.addColumn(AlarmRecipients.Recipient::email).setHeader(getTranslation("rules.email")).setAutoWidth(true);
        recipients.addColumn(r -> getTranslation("priority." + r.minPriority().name().toLowerCase())).setHeader(getTranslation("rules.from-priority"))
                .setFlexGrow(1);
        recipients.setAllRowsVisible(true);
        return recipients;
    }

    private HorizontalLayout recipientForm() {
        EmailField email = new EmailField(getTranslation("rules.email"));
        email.setId("recipient-email");
        Select<Priority> from = new Select<>();
        from.setLabel(getTranslation("rules.from-priority"));
        from.setItems(Priority.values());
        from.setItemLabelGenerator(p -> getTranslation("priority." + p.name().toLowerCase()));
        from.setValue(Priority.HIGH);
        Button add = new Button(getTranslation("rules.recipient.add"), click -> act(() -> {
            recipientList.addRecipient(city.code(), email.getValue(), from.getValue().name());
            email.clear();
        }));
        add.setId("recipient-add");
        Button remove = new Button(getTranslation("rules.recipient.remove"), click -> act(() -> recipientList.removeRecipient(city.code(),
                recipients.asSingleSelect().getOptionalValue().orElseThrow(() -> new IllegalArgumentException(getTranslation("rules.select-recipient"))).id())));
        HorizontalLayout form = new HorizontalLayout(email, from, add, remove);
        form.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.BASELINE);
        return form;
    }

    private void act(Runnable action) {
        FormProblem.attempt(problem, action, () -> {
            refreshRules();
            refreshRecipients();
        });
    }

    private void refreshRules() {
        rules.setItems(configuration.rules(city.code()));
    }

    private void refreshRecipients() {
        recipients.setItems(recipientList.recipients(city.code()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.alarm-rules");
    }
}
