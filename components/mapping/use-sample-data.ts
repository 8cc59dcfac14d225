import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { buildPickerTree } from "@/lib/mapping/build-picker-tree";
import type { PickerSource } from "@/lib/mapping/picker-source";
import { sampleContext } from "@/lib/mapping/sample-context";

/** The picker's groups and the preview's context for a set of sources, rebuilt only when they change. */
export function useSampleData(sources: PickerSource[]) {
  const eventLabel = useTranslations()("mapping.picker.eventDetails");
  return useMemo(() => ({ groups: buildPickerTree({ sources, eventLabel }), context: sampleContext({ sources }) }), [sources, eventLabel]);
}
