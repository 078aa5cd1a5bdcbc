namespace Storyline.Compare;

public enum FactStatus { Agreed, SingleSource, Contested }
