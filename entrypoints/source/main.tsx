import { render } from 'preact';
import { SourcePage } from '@/src/source/SourcePage';
import { createSettingsStore } from '@/src/settings/settings-store';
import '@/src/ui/base.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<SourcePage settings={createSettingsStore()} />, root);
