import { Fragment, type ReactNode } from "react";
import { ExternalLink } from "@/components/connections/external-link";

// **bold**, *emphasis* and [a link](https://…): all an app's connect form text needs.
const TOKEN = /\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^\]]+)\]\((https:\/\/[^)\s]+)\)/g;

function inline(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    nodes.push(text.slice(last, match.index));
    const [, bold, emphasis, linkText, href] = match;
    if (bold)
      nodes.push(
        <strong key={match.index} className="font-medium text-slate-800">
          {bold}
        </strong>,
      );
    else if (emphasis) nodes.push(<em key={match.index}>{emphasis}</em>);
    else if (linkText && href)
      nodes.push(
        <ExternalLink key={match.index} href={href}>
          {linkText}
        </ExternalLink>,
      );
    last = match.index + match[0].length;
  }
  nodes.push(text.slice(last));
  return nodes;
}

/** An app's declared help or intro text; paragraphs are separated by a blank line. */
export function RichText({ text }: { text: string }) {
  const paragraphs = text.split("\n\n");
  if (paragraphs.length === 1) return <>{inline(text)}</>;
  return (
    <div className="space-y-1">
      {paragraphs.map((paragraph, index) => (
        <Fragment key={index}>
          <p>{inline(paragraph)}</p>
        </Fragment>
      ))}
    </div>
  );
}
