import { render } from 'preact';
import { createBrowserPopupApi } from '@/src/popup/browser-popup-api';
import { Popup } from '@/src/popup/Popup';
import { createSettingsStore } from '@/src/settings/settings-store';
import '@/src/ui/base.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<Popup api={createBrowserPopupApi(createSettingsStore())} />, root);
