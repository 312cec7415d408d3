// The renderers word what the engine produced.
@_exported import LaborRulesEngine
