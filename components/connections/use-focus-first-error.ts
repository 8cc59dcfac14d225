"use client";

import { useEffect, useRef, type RefObject } from "react";

/**
 * After a failed submit, moves focus to what went wrong, so keyboard and screen reader users land on
 * it: the form's error message when there is one (scrolled into view: a dialog's form may be scrolled
 * past it), else the first field that has an error.
 */
export function useFocusFirstError({ form, errors, formError }: { form: RefObject<HTMLFormElement | null>; errors: object; formError?: string }) {
  // `errors` is the form's field error state: a new object after every failed submit, so focus moves
  // each time. `formError` is cleared at each submit, so a repeated message shows (and focuses) again.
  const seenErrors = useRef(errors);
  useEffect(() => {
    const fieldErrorsChanged = seenErrors.current !== errors;
    seenErrors.current = errors;
    const alert = formError ? form.current?.querySelector<HTMLElement>('[role="alert"]') : null;
    if (alert) {
      // Focusable from script only: it is a message, not a control.
      alert.tabIndex = -1;
      alert.scrollIntoView({ block: "nearest" });
      alert.focus();
      return;
    }
    if (!fieldErrorsChanged) return;
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    // A group (the region's fieldset) is marked as a whole: focus its first control.
    (invalid?.matches("input, select, textarea") ? invalid : invalid?.querySelector<HTMLElement>("input:checked, input"))?.focus();
  }, [form, errors, formError]);
}
