import LaborRules
