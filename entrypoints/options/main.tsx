import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import './style.css';
import { sendMessage } from '../../utils/messages';
import { t } from '../../utils/ui/i18n';
import { App } from './App';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optTitle');
const root = document.getElementById('app');
if (root) render(<App send={sendMessage} locale={browser.i18n.getUILanguage()} />, root);
