import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/select/src/vaadin-select.js';
import 'Frontend/generated/jar-resources/selectConnector.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/flow-component-directive.js';
import 'Frontend/generated/jar-resources/lit-renderer.ts';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '301418ecfbcc4cc1d20dc92009a40a173c4a39e5ac85770a08ec953e8cef0163') {
    pending.push(import('./chunks/chunk-959ab26a81474f27b4f016b5d5f1c6ddf162406870ec1b2f0d43c61f883df818.js'));
  }
  if (key === 'd38988e628338dabfc7c8f6b5834e49bd805e93d25128ce01a030058257bc4cc') {
    pending.push(import('./chunks/chunk-60233a7289095044a594babb4d4de6cdf1e393d8ac36e3e9213cdae546ece4c7.js'));
  }
  if (key === 'a3b13334db820aa975a95f4af350782e3f570fcd4f11f686d455ea1b41c79365') {
    pending.push(import('./chunks/chunk-56a48b582f933f017868ee9c0a80262d46cdc066c38214e944b996c56f081515.js'));
  }
  if (key === '1fe85bdc3a1623041a8c4f8b1930f54313c0d3973ee63470e9d6b0e52c8a60f0') {
    pending.push(import('./chunks/chunk-9d125f75d29008c52677a41f8785e741b1a402b4963a7982b77e07348695bb0b.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}