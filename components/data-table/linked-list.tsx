import type { LinkedText } from '@/lib/tables/rows';

/** A short list of links in a table cell: sources, or an event's figures. */
export function LinkedList({ items, className }: { items: LinkedText[]; className: string }) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.href}>
          <a href={item.href}>{item.text}</a>
        </li>
      ))}
    </ul>
  );
}
