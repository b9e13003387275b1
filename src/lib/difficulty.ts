// Difficulty values as Pagefind filters and list data attributes use them, with their labels.
export const difficultyLabels = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
  unrated: 'Not rated',
} as const;

export type DifficultyValue = keyof typeof difficultyLabels;

export const difficultyValue = (d: string | undefined): DifficultyValue =>
  d && d in difficultyLabels ? (d as DifficultyValue) : 'unrated';
