package eu.sharingcities.portal.chart;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.time.ZoneId;
import java.util.List;

/**
 * A chart drawn by ECharts in the browser. Give it a title and the unit of its values, then either
 * {@link #showOverTime} or {@link #showByCategory}. With no values it shows its empty-state text
 * instead of an empty frame.
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
@JavaScript("context://charts.js")
public class Chart extends Div {

    private final String title;
    private final String unit;
    private final String emptyText;
    private final Div canvas = new Div();
    private final Span empty = new Span();

    public Chart(String title, String unit, String emptyText) {
        this.title = title;
        this.unit = unit;
        this.emptyText = emptyText;
        addClassName("platform-chart");
        canvas.addClassName("platform-chart-canvas");
        empty.addClassName("platform-chart-empty");
        getElement().setAttribute("role", "figure");
        getElement().setAttribute("aria-label", title);
        add(canvas, empty);
    }

    /**
     * Values at instants, shown in the city's time zone. ECharts can only show the browser's zone
     * or UTC, so instants are shifted by the zone's offset and drawn as UTC.
     */
    public void showOverTime(List<Series> series, ZoneId zone) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            s.points().forEach(p -> data.add(Json.createArrayBuilder()
                    .add(p.at().toEpochMilli() + zone.getRules().getOffset(p.at()).getTotalSeconds() * 1000L)
                    .add(p.value())));
            all.add(series(s, data));
        }
        draw(Json.createObjectBuilder().add("type", "time"), all, hasValues(series));
    }

    /** Values per category (days, districts...), one per category and series, in order. */
    public void showByCategory(List<String> categories, List<Series> series) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        categories.forEach(labels::add);
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            s.points().forEach(p -> data.add(p.value()));
            all.add(series(s, data));
        }
        draw(Json.createObjectBuilder().add("type", "category").add("data", labels), all, hasValues(series));
    }

    private static JsonObjectBuilder series(Series s, JsonArrayBuilder data) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("name", s.name())
                .add("type", s.kind() == ChartKind.BAR ? "bar" : "line")
                .add("data", data);
        if (s.kind() == ChartKind.AREA) {
            json.add("areaStyle", Json.createObjectBuilder());
        }
        return json;
    }

    private void draw(JsonObjectBuilder xAxis, JsonArrayBuilder series, boolean anyValues) {
        empty.setText(anyValues ? "" : emptyText);
        empty.setVisible(!anyValues);
        canvas.setVisible(anyValues);
        if (!anyValues) {
            return;
        }
        String option = Json.createObjectBuilder()
                .add("animation", false)
                .add("useUTC", true)
                .add("title", Json.createObjectBuilder().add("text", title).add("textStyle", Json.createObjectBuilder().add("fontSize", 14)))
                .add("tooltip", Json.createObjectBuilder().add("trigger", "axis"))
                .add("legend", Json.createObjectBuilder().add("bottom", 0))
                .add("grid", Json.createObjectBuilder().add("left", 56).add("right", 16).add("top", 48).add("bottom", 48))
                .add("xAxis", xAxis)
                .add("yAxis", Json.createObjectBuilder().add("type", "value").add("name", unit))
                .add("series", series)
                .build().toString();
        canvas.getElement().executeJs("window.platformCharts.draw($0, $1)", canvas.getElement(), option);
    }

    private static boolean hasValues(List<Series> series) {
        return series.stream().anyMatch(s -> !s.points().isEmpty());
    }
}
