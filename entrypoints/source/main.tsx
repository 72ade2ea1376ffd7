import { render } from 'preact';
import { SourcePage } from '@/src/source/SourcePage';
import '@/src/ui/base.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<SourcePage />, root);
