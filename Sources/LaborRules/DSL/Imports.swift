// The DSL builds on the Law layer (and through it the Model); its users see all three.
@_exported import LaborRulesLaw
