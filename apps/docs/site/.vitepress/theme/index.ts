import type { Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';
import ConfusionMatrixTable from './components/ConfusionMatrixTable.vue';
import DrawDigit from './components/DrawDigit.vue';
import FidelityTable from './components/FidelityTable.vue';
import LabResults from './components/LabResults.vue';
import LabScore from './components/LabScore.vue';
import LineChart from './components/LineChart.vue';
import LiveDigits from './components/LiveDigits.vue';
import LiveXor from './components/LiveXor.vue';
import './style.css';

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('ConfusionMatrixTable', ConfusionMatrixTable);
    app.component('DrawDigit', DrawDigit);
    app.component('FidelityTable', FidelityTable);
    app.component('LabResults', LabResults);
    app.component('LabScore', LabScore);
    app.component('LineChart', LineChart);
    app.component('LiveDigits', LiveDigits);
    app.component('LiveXor', LiveXor);
  },
} satisfies Theme;
