/*
 * The workbench's stand-in for the Forge bridge, injected into every Custom UI app before its own
 * scripts (as Forge injects its own). @forge/bridge calls `window.__bridge.callBridge(cmd, payload)`;
 * this forwards each call to the host page with postMessage and resolves with the host's answer.
 * The app runs on another origin than the host page (as on Forge's CDN), so postMessage is the
 * only way through. Plain ES2017, no build step.
 */
/* global window, document, ResizeObserver, console */
(function () {
  'use strict';
  var script = document.currentScript;
  var hostOrigin = script && script.getAttribute('data-host-origin');
  if (!hostOrigin || window.parent === window) {
    console.warn('[workbench bridge] not inside a workbench host page: the Forge bridge is unavailable');
    return;
  }
  var nextId = 1;
  var pending = new Map();

  function send(message) {
    message.source = 'shipshape-bridge';
    window.parent.postMessage(message, hostOrigin);
  }

  function applyTheme(colorMode) {
    // What Forge's host does on view.theme.enable(): the colour mode on <html>, kept in step.
    var html = document.documentElement;
    html.setAttribute('data-color-mode', colorMode === 'dark' ? 'dark' : 'light');
    html.setAttribute('data-theme', 'dark:dark light:light spacing:spacing typography:typography');
  }

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || event.origin !== hostOrigin) return;
    var m = event.data;
    if (!m || m.source !== 'shipshape-host') return;
    if (m.event === 'theme') {
      applyTheme(m.colorMode);
      return;
    }
    var waiting = pending.get(m.id);
    if (!waiting) return;
    pending.delete(m.id);
    if (m.ok) waiting.resolve(m.result);
    else waiting.reject(new Error(m.error || 'Bridge call failed'));
  });

  function callBridge(cmd, payload) {
    return new Promise(function (resolve, reject) {
      var id = nextId++;
      var data;
      try {
        // Forge serialises payloads: functions, DOM nodes and class instances do not survive.
        data = payload === undefined ? undefined : JSON.parse(JSON.stringify(payload));
      } catch (err) {
        reject(new Error('Bridge payload is not serialisable: ' + err.message));
        return;
      }
      pending.set(id, { resolve: resolve, reject: reject });
      send({ id: id, cmd: cmd, payload: data });
    });
  }

  window.__bridge = { callBridge: callBridge };

  // Forge sizes the iframe to its content (iframe-resizer); report the content height.
  function watchSize() {
    var target = document.getElementById('root') || document.body;
    var last = -1;
    function report() {
      var rect = target.getBoundingClientRect();
      var height = Math.ceil(rect.bottom + window.scrollY);
      if (height !== last) {
        last = height;
        send({ resize: height });
      }
    }
    new ResizeObserver(report).observe(target);
    report();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchSize);
  else watchSize();
})();
