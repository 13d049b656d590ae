/**
 * Types of parsed `when` conditions (`<Show when>`, risk rules). Conditions are
 * data: the compiler parses them, the engine evaluates the tree. They are never
 * evaluated as JavaScript.
 *
 * @module
 */

/** A parsed condition. */
export type Condition =
  | LogicalCondition
  | NotCondition
  | CompareCondition
  | AnsweredCondition
  | IncludesCondition;

/** `a and b and …`, `a or b or …`. */
export interface LogicalCondition {
  type: 'and' | 'or';
  /** Two or more operands. */
  operands: Condition[];
}

/** `not a`. */
export interface NotCondition {
  type: 'not';
  operand: Condition;
}

/** Comparison operators. */
export type CompareOperator = '==' | '!=' | '<' | '<=' | '>' | '>=';

/** `left op right`. */
export interface CompareCondition {
  type: 'compare';
  op: CompareOperator;
  left: Operand;
  right: Operand;
}

/** `answered(id)`: the item has an answer. */
export interface AnsweredCondition {
  type: 'answered';
  ref: ItemRef;
}

/** `includes(id, 'value')`: a multiple choice answer contains a value. */
export interface IncludesCondition {
  type: 'includes';
  ref: ItemRef;
  value: string;
}

/** An operand of a comparison. */
export type Operand =
  | { type: 'ref'; ref: ItemRef }
  | { type: 'number'; value: number }
  | { type: 'string'; value: string };

/** Reference to an item (or an instrument block's score). */
export interface ItemRef {
  /** Lesson id when the item belongs to another lesson (`lesson-id.item-id`). */
  lesson?: string;
  /** Item id, or the id of an instrument block for its score. */
  item: string;
}
