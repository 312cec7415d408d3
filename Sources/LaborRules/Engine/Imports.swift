// The engine evaluates the DSL's rule trees; its users see every layer below.
@_exported import LaborRulesDSL
