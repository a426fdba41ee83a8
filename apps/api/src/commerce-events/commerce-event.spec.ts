import { describe, expect, it } from 'vitest';
import { CommerceEvent, subjectOf } from './commerce-event';

describe(subjectOf.name, () => {
  it.each([
    ['product.created', 'product'],
    ['product.updated', 'product'],
    ['product.deleted', 'product'],
    ['product-variant.created', 'variant'],
    ['product-variant.updated', 'variant'],
    ['product-variant.deleted', 'variant'],
    ['inventory-item.updated', 'inventory-item'],
  ])('maps %s to the %s it names', (event, subject) => {
    expect(subjectOf(event)).toBe(subject);
  });

  it.each([
    'order.placed',
    'product-category.updated',
    'inventory.inventory-item.updated',
    'inventory-level.updated',
    'product.restored',
    'product',
  ])('ignores %s', (event) => {
    expect(subjectOf(event)).toBeUndefined();
  });
});

describe('CommerceEvent', () => {
  it('takes exactly { id, event, occurredAt }', () => {
    const event = { id: 'prod_1', event: 'product.updated', occurredAt: '2027-01-15T08:00:00Z' };
    expect(CommerceEvent.safeParse(event).success).toBe(true);
    expect(CommerceEvent.safeParse({ ...event, extra: 1 }).success).toBe(false);
    expect(CommerceEvent.safeParse({ ...event, id: '' }).success).toBe(false);
    expect(CommerceEvent.safeParse({ ...event, occurredAt: 'yesterday' }).success).toBe(false);
  });
});
