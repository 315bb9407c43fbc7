import '../../src/ui/pages/app.css';
import './style.css';
import { render } from 'preact';
import { OptionsApp } from '../../src/ui/pages/OptionsApp';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
