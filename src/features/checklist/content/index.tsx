/**
 * The document checklist in the panel: chosen from what the live checks know of the application
 * (the pages' word, else the person's choice in the panel), fetched from the background,
 * ticked off and printed.
 */
import type { Language } from '../../../contracts/languages';
import { send } from '../../../protocol/send';
import type { ContentFeature } from '../../../ui/overlay/content-feature';
import { guard } from '../../../ui/overlay/guard';
import { liveChecksContent } from '../../live-checks/content';
import { ChecklistSection } from './ChecklistSection';
import { checklistInputs, createChecklistLoader, wireRequest } from './checklist-loader';
import { printChecklist } from './print-request';

export const checklistContent: ContentFeature = {
  name: 'checklist',
  start(host) {
    const live = host.use(liveChecksContent);
    const ask: typeof send = (type, payload) => host.settled.track(send(type, payload));
    const checklist = createChecklistLoader(host.rerender, ask);
    /** Printed in the language the panel shows. */
    const print = guard('print checklist', (lang: Language) => {
      const { request } = checklist.state();
      if (request) printChecklist(request, lang, live.state().session, ask);
    });
    const handlers = {
      onChoose: guard('checklist choice', live.setChoices),
      onTick: guard('checklist tick', (id: string, ticked: boolean) => {
        const others = live.state().session.ticks.filter((tick) => tick !== id);
        live.setTicks(ticked ? [...others, id] : others);
      }),
    };
    return {
      api: undefined,
      part: {
        panel: {
          documents: ({ text }) => {
            const { ready, session, pageKind, assessment } = live.state();
            const inputs = checklistInputs(assessment, session.choices, pageKind);
            // Asks for the list when what it depends on changed (once per change, not per render).
            if (ready) checklist.update(wireRequest(inputs, new Date()));
            return (
              <ChecklistSection
                text={text}
                inputs={inputs}
                view={checklist.state().view}
                ticks={session.ticks}
                onPrint={() => print(text.lang)}
                {...handlers}
              />
            );
          },
        },
      },
    };
  },
};
