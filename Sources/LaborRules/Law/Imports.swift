// The Law layer builds on the Model layer; its users see both.
@_exported import LaborRulesModel
