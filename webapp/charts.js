// Draws ECharts options sent by the server-side Chart component (portal/chart/Chart.java).
window.platformCharts = window.platformCharts || {
  draw(element, optionJson) {
    const option = JSON.parse(optionJson);
    const render = () => {
      if (!window.echarts) { setTimeout(render, 50); return; }
      const chart = window.echarts.getInstanceByDom(element) || window.echarts.init(element);
      chart.setOption(option, true);
      if (!element.platformResizeObserver) {
        // the element may get its final size only after layout (drawer, phone width): follow it
        element.platformResizeObserver = new ResizeObserver(() => chart.resize());
        element.platformResizeObserver.observe(element);
      }
    };
    render();
  }
};
