import '../../src/ui/profiles/app.css';
import './style.css';
import { render } from 'preact';
import { OptionsApp } from '../../src/ui/profiles/OptionsApp';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
