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
            all.add(series(s, timeData(s.points(), zone)));
        }
        draw(Json.createObjectBuilder().add("type", "time"), all, hasValues(series));
    }

    /**
     * Lines over time with a shaded band between {@code lower} and {@code upper} (an uncertainty
     * interval): drawn as an invisible lower line with the band's width stacked on it.
     */
    public void showOverTimeWithBand(List<Series> lines, Series lower, Series upper, ZoneId zone) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (Series s : lines) {
            all.add(series(s, timeData(s.points(), zone)));
        }
        List<Series.Point> widths = new java.util.ArrayList<>();
        for (int i = 0; i < lower.points().size(); i++) {
            widths.add(new Series.Point(lower.points().get(i).at(), upper.points().get(i).value() - lower.points().get(i).value()));
        }
        JsonObjectBuilder hidden = Json.createObjectBuilder().add("opacity", 0);
        all.add(Json.createObjectBuilder().add("name", lower.name()).add("type", "line").add("stack", "band").add("symbol", "none")
                .add("lineStyle", hidden).add("data", timeData(lower.points(), zone)));
        all.add(Json.createObjectBuilder().add("name", upper.name()).add("type", "line").add("stack", "band").add("symbol", "none")
                .add("lineStyle", hidden).add("areaStyle", Json.createObjectBuilder().add("opacity", 0.25))
                .add("data", timeData(widths, zone)));
        draw(Json.createObjectBuilder().add("type", "time"), all, hasValues(lines));
    }

    private static JsonArrayBuilder timeData(List<Series.Point> points, ZoneId zone) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        points.forEach(p -> data.add(Json.createArrayBuilder()
                .add(p.at().toEpochMilli() + zone.getRules().getOffset(p.at()).getTotalSeconds() * 1000L)
                .add(p.value())));
        return data;
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
