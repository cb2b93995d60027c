import type { WizardState } from "../wizard-state"

/** What every step of the wizard is given: the state and a way to change part of it. */
export interface StepProps {
  state: WizardState
  set: (patch: Partial<WizardState>) => void
}
