"use client";

import { useEffect, type RefObject } from "react";

/** After a failed submit, moves focus to the first field that has an error, so keyboard users land on it. */
export function useFocusFirstError({ form, errors }: { form: RefObject<HTMLFormElement | null>; errors: object }) {
  // `errors` is the form's error state: a new object after every failed submit, so focus moves each time.
  useEffect(() => {
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    // A group (the region's fieldset) is marked as a whole: focus its first control.
    (invalid?.matches("input, select, textarea") ? invalid : invalid?.querySelector<HTMLElement>("input:checked, input"))?.focus();
  }, [form, errors]);
}
