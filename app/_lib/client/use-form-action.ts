import { startTransition, useActionState, type FormEvent } from "react";

/**
 * useActionState for a form that keeps what the member typed. Given as `action`, React resets the form once
 * the action finishes, also when the action refused the input: the error showed beside an emptied field (or
 * the old saved value). Dispatching from onSubmit instead leaves the fields alone; `action` stays on the form,
 * so without JavaScript it still posts. Spread the returned props onto the <form>.
 */
export function useFormAction<State>(run: (state: Awaited<State>, formData: FormData) => State | Promise<State>, initial: Awaited<State>) {
  const [state, dispatch, pending] = useActionState(run, initial);
  const form = {
    action: dispatch,
    // Tells assistive technology (and tests) that the form is waiting for its answer.
    "aria-busy": pending,
    onSubmit(event: FormEvent<HTMLFormElement>) {
      event.preventDefault();
      // The button that submitted counts, as in a native submission.
      const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
      startTransition(() => dispatch(data));
    },
  };
  return [state, form, pending] as const;
}
