// SpreadsheetApp.newDataValidation(): the builder and the rule it builds.

export const DataValidationCriteria = {
  VALUE_IN_LIST: 'VALUE_IN_LIST', NUMBER_BETWEEN: 'NUMBER_BETWEEN', NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA', CHECKBOX: 'CHECKBOX', DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
} as const;

export class DataValidation {
  constructor(
    readonly criteriaType: string,
    readonly criteriaValues: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  getCriteriaType() { return this.criteriaType; }
  getCriteriaValues() { return [...this.criteriaValues]; }
  getAllowInvalid() { return this.allowInvalid; }
  getHelpText() { return this.helpText; }
  copy() { return new DataValidationBuilder(this); }
}

export class DataValidationBuilder {
  private type = '';
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';

  constructor(from?: DataValidation) {
    if (from) [this.type, this.values, this.allowInvalid, this.helpText] = [from.criteriaType, from.criteriaValues, from.allowInvalid, from.helpText];
  }
  private set(type: string, values: unknown[]) {
    this.type = type;
    this.values = values;
    return this;
  }
  requireValueInList(values: string[], showDropdown = true) { return this.set(DataValidationCriteria.VALUE_IN_LIST, [values, showDropdown]); }
  requireNumberBetween(start: number, end: number) { return this.set(DataValidationCriteria.NUMBER_BETWEEN, [start, end]); }
  requireNumberGreaterThanOrEqualTo(number: number) { return this.set(DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, [number]); }
  requireFormulaSatisfied(formula: string) { return this.set(DataValidationCriteria.CUSTOM_FORMULA, [formula]); }
  requireCheckbox() { return this.set(DataValidationCriteria.CHECKBOX, []); }
  requireDate() { return this.set(DataValidationCriteria.DATE_IS_VALID_DATE, []); }
  setAllowInvalid(allow: boolean) { this.allowInvalid = allow; return this; }
  setHelpText(text: string) { this.helpText = text; return this; }
  build() {
    if (!this.type) throw new Error('Exception: You must specify criteria before building a data validation rule.');
    return new DataValidation(this.type, this.values, this.allowInvalid, this.helpText);
  }
}
