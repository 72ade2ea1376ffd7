import { render } from 'preact';
import { Options } from '@/src/options/Options';
import { createSettingsStore } from '@/src/settings/settings-store';
import { readShortcuts } from '@/src/ui/shortcuts';
import '@/src/ui/base.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<Options settings={createSettingsStore()} loadShortcuts={readShortcuts} />, root);
