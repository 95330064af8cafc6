/*
 * The host page's part of the bridge: answers the app iframe's calls as Forge's host would
 * (invoke, getContext, theme, submit, close, navigate …), logs each call, and shows navigations in
 * a banner instead of opening anything. Plain ES2017, no build step.
 */
/* global window, document, URL, fetch, performance, history */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('workbench-config').textContent);
  var frame = document.getElementById('app-frame');
  var banner = document.getElementById('banner');
  var log = document.getElementById('bridge-log');
  var themingEnabled = false;
  var colorMode = config.selection.colorMode;

  function describe(value) {
    if (value === undefined) return '';
    var s = JSON.stringify(value);
    return s.length > 160 ? s.slice(0, 157) + '…' : s;
  }

  function addLog(cmd, payload, outcome, ms, ok) {
    var li = document.createElement('li');
    li.className = ok ? 'ok' : 'failed';
    li.setAttribute('data-cmd', cmd);
    var code = document.createElement('code');
    code.textContent = cmd;
    li.appendChild(code);
    li.appendChild(document.createTextNode(' ' + describe(payload) + ' → ' + outcome + ' (' + ms + ' ms)'));
    log.insertBefore(li, log.firstChild);
    while (log.children.length > 50) log.removeChild(log.lastChild);
  }

  function showBanner(kind, html) {
    banner.hidden = false;
    banner.className = 'banner ' + kind;
    banner.innerHTML = html;
  }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  /** NavigationLocation → URL, for the targets @forge/bridge's router knows. */
  function urlFor(location) {
    if (typeof location.url === 'string') return new URL(location.url, config.siteUrl).href;
    var site = config.siteUrl.replace(/\/+$/, '');
    switch (location.target) {
      case 'issue': return site + '/browse/' + encodeURIComponent(location.issueKey);
      case 'dashboard': return site + '/jira/dashboards/' + encodeURIComponent(location.dashboardId);
      case 'projectSettingsDetails': return site + '/jira/software/projects/' + encodeURIComponent(location.projectKey) + '/settings/details';
      case 'contentView': return site + '/wiki/pages/viewpage.action?pageId=' + encodeURIComponent(location.contentId);
      case 'contentEdit': return site + '/wiki/pages/resumedraft.action?draftId=' + encodeURIComponent(location.contentId);
      case 'spaceView': return site + '/wiki/spaces/' + encodeURIComponent(location.spaceKey);
      case 'userProfile': return site + '/jira/people/' + encodeURIComponent(location.accountId);
      case 'module': return site + '/workbench/module/' + encodeURIComponent(location.moduleKey);
      default: throw new Error('Unknown navigation target: ' + location.target);
    }
  }

  function pushTheme() {
    if (themingEnabled && frame.contentWindow) {
      frame.contentWindow.postMessage({ source: 'shipshape-host', event: 'theme', colorMode: colorMode }, config.appOrigin);
    }
  }

  function setColorMode(mode) {
    colorMode = mode === 'dark' ? 'dark' : 'light';
    document.documentElement.setAttribute('data-color-mode', colorMode);
    config.context.theme = Object.assign({}, config.context.theme, { colorMode: colorMode });
    config.selection.colorMode = colorMode;
    var url = new URL(window.location.href);
    url.searchParams.set('theme', colorMode);
    history.replaceState(null, '', url.href);
    pushTheme();
  }

  async function saveConfig(value, submitted) {
    var res = await fetch('/api/config', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-workbench-token': config.token },
      body: JSON.stringify(submitted ? { moduleKey: config.moduleKey, config: value, submitted: true } : { moduleKey: config.moduleKey, config: value }),
    });
    if (!res.ok) throw new Error('Saving the configuration failed: HTTP ' + res.status);
  }

  function gotoEntry(entry) {
    var url = new URL(window.location.href);
    url.searchParams.set('entry', entry);
    window.location.href = url.href;
  }

  var handlers = {
    getContext: function () {
      return config.context;
    },
    invoke: async function (p) {
      var res = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-workbench-token': config.token },
        body: JSON.stringify({ moduleKey: config.moduleKey, selection: config.selection, functionKey: p && p.functionKey, payload: p && p.payload }),
      });
      var body = await res.json().catch(function () { return {}; });
      if (!res.ok) throw new Error(body.error || 'invoke failed: HTTP ' + res.status);
      return body.result;
    },
    enableTheming: function () {
      themingEnabled = true;
      pushTheme();
      return undefined;
    },
    navigate: function (p) {
      var url = urlFor(p || {});
      var how = p && p.type === 'new-tab' ? 'router.open (a new tab)' : 'router.navigate (this tab)';
      showBanner('navigation', '<strong>' + how + ':</strong> <a href="' + escapeHtml(url) + '" target="_blank" rel="noopener noreferrer" data-testid="navigation-url">' + escapeHtml(url) + '</a> <span class="muted">— Forge would open this; the workbench only shows it.</span>');
      return undefined;
    },
    getUrl: function (p) {
      return urlFor(p || {});
    },
    submit: async function (payload) {
      if (config.entryPoint === 'view') return false; // Forge: "this resource's view is not submittable"
      await saveConfig(payload, true);
      // Macro config views submit `{ config, keepEditing? }`: keepEditing leaves the config view open.
      if (payload && payload.keepEditing === true && config.context.extension && config.context.extension.type === 'macro') {
        showBanner('submitted', '<strong>view.submit:</strong> configuration saved (keepEditing).');
        return true;
      }
      showBanner('submitted', '<strong>view.submit:</strong> configuration saved. Showing the view.');
      gotoEntry('view');
      return true;
    },
    close: function () {
      if (config.entryPoint === 'view') return false; // Forge: "this resource's view is not closable"
      gotoEntry('view');
      return true;
    },
    open: function () {
      return false; // modal dialogs are not emulated
    },
    onClose: function () {
      return true;
    },
    refresh: function () {
      frame.src = String(config.frameSrc); // a new load, as Forge re-renders the resource
      return true;
    },
    reload: function () {
      window.location.reload();
      return undefined;
    },
    changeWindowTitle: function (title) {
      document.title = String(title);
      return undefined;
    },
    emitReadyEvent: function () {
      return undefined;
    },
  };

  window.addEventListener('message', async function (event) {
    if (event.source !== frame.contentWindow || event.origin !== config.appOrigin) return;
    var m = event.data;
    if (!m || m.source !== 'shipshape-bridge') return;
    if (typeof m.resize === 'number') {
      frame.style.height = Math.max(48, Math.min(m.resize, 4000)) + 'px';
      return;
    }
    var started = performance.now();
    var reply = { source: 'shipshape-host', id: m.id };
    try {
      var handler = handlers[m.cmd];
      if (!handler) throw new Error('"' + m.cmd + '" is not emulated by the Shipshape workbench');
      reply.result = await handler(m.payload);
      reply.ok = true;
      addLog(m.cmd, m.payload, m.cmd === 'getContext' ? 'context' : describe(reply.result) || 'ok', Math.round(performance.now() - started), true);
    } catch (err) {
      reply.ok = false;
      reply.error = err && err.message ? err.message : String(err);
      addLog(m.cmd, m.payload, 'error: ' + reply.error, Math.round(performance.now() - started), false);
    }
    event.source.postMessage(reply, config.appOrigin);
  });

  // Picking another user, issue, project, version or space reloads the page: Forge gives the context at load.
  ['pick-user', 'pick-issue', 'pick-project', 'pick-version', 'pick-space'].forEach(function (id) {
    var el = document.getElementById(id);
    if (el) el.addEventListener('change', function () { document.getElementById('picker').submit(); });
  });

  var themeSelect = document.getElementById('pick-theme');
  if (themeSelect) themeSelect.addEventListener('change', function () { setColorMode(themeSelect.value); });

  var configForm = document.getElementById('config-form');
  if (configForm) {
    configForm.addEventListener('submit', async function (e) {
      e.preventDefault();
      var text = configForm.elements.namedItem('config').value;
      var value;
      try {
        value = text.trim() === '' ? {} : JSON.parse(text);
      } catch (err) {
        showBanner('error', '<strong>Configuration is not JSON:</strong> ' + escapeHtml(err.message));
        return;
      }
      await saveConfig(value);
      window.location.reload();
    });
    var fill = document.getElementById('config-fill');
    if (fill) {
      fill.addEventListener('click', function () {
        var area = configForm.elements.namedItem('config');
        var value = {};
        try { value = JSON.parse(area.value || '{}'); } catch { /* not JSON: start over */ }
        var project = document.getElementById('pick-project');
        var version = document.getElementById('pick-version');
        if (project && project.value) value.projectKey = project.value;
        if (version && version.value) value.version = version.value.split('|')[1];
        area.value = JSON.stringify(value, null, 2);
      });
    }
  }

  frame.src = config.frameSrc; // last: every handler is in place before the app can call
})();
