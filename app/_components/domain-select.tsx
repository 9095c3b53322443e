import { EXAM_DOMAINS, type ExamDomain } from "@/app/_lib/content/schema";

/** The four exam domains as a select named "domain" (an item's domain, or the one an import's cards get). */
export function DomainSelect({ id, defaultValue = "development", describedBy }: { id: string; defaultValue?: ExamDomain | string; describedBy?: string }) {
  return (
    <select id={id} name="domain" defaultValue={defaultValue} aria-describedby={describedBy}>
      {Object.entries(EXAM_DOMAINS).map(([key, label]) => (
        <option key={key} value={key}>
          {label}
        </option>
      ))}
    </select>
  );
}
