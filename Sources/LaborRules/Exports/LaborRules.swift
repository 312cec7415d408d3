// The library as one import: `import LaborRules` brings every layer.
@_exported import LaborRulesDSL
@_exported import LaborRulesEngine
@_exported import LaborRulesLaw
@_exported import LaborRulesModel
@_exported import LaborRulesRendering
