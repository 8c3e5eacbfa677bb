import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import './style.css';
import { t } from '../../utils/ui/i18n';
import { App } from './App';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('popupTitle');
const root = document.getElementById('app');
if (root) {
  // The app replaces index.html's static shell with the same first frame (see the shell's comment).
  root.replaceChildren();
  render(<App />, root);
  // For the popup benchmark: the app's first frame (its skeleton) is committed.
  performance.mark('parallax:first-render');
}
