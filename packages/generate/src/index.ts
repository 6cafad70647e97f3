export { type GenerateOptions, type GenerateStep, type GenerateSummary, generateStory } from './load.ts';
