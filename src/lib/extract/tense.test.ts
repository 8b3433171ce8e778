import { describe, expect, it } from 'vitest';
import { type Tense, tenseAt } from './tense.ts';

describe('tenseAt: the verb nearest before the expression, else after it', () => {
	it.each<[string, string, Tense]>([
		['The company said on Tuesday that revenue rose.', 'Tuesday', 'past'],
		['The council will hold a public meeting on 3 December.', '3 December', 'future'],
		['Forecasters expect drier weather on Saturday.', 'Saturday', 'future'],
		['The next results are due on 6 May.', '6 May', 'future'],
		['In early March the river reached 4.1 metres.', 'early March', 'past'],
		['Sessions are traditionally held annually in early spring.', 'early spring', 'present'],
		['The budget year starts on 1 April.', '1 April', 'present'],
		['It plans to open a new line in the spring.', 'the spring', 'future'],
		['Talks in the United States on Monday.', 'Monday', 'present'],
		['She’ll be back in June.', 'June', 'future'],
		['A book will be published in the autumn.', 'the autumn', 'future'],
		['The deal is due to be signed in May.', 'May', 'future'],
		['Customers have until March 31 to file a claim.', 'March 31', 'present'],
		['The team has won in May.', 'May', 'past'],
		// A capital at the start of a sentence is a verb, not a name; a participle after "’ll be" or "will  be" is future.
		['Held on 3 December, the vote will decide the budget.', '3 December', 'past'],
		['The treaty’ll be signed in May.', 'May', 'future'],
		['The treaty will  be signed in May.', 'May', 'future'],
		['Being held in early spring, the fair draws crowds.', 'early spring', 'present'],
		// "would" reports a future; a plan told with "was", "were" or "had been" lies in the past.
		['Reyes said the company would hold an investor day on 4 March.', '4 March', 'future-in-past'],
		['It said it would cut 1,200 jobs by March.', 'March', 'future-in-past'],
		['Sentencing had been due on 17 January but was adjourned.', '17 January', 'past'],
		['The launch window was due to close on 30 September.', '30 September', 'past'],
		['The results were widely expected on Friday.', 'Friday', 'past'],
		['The results are expected on Friday.', 'Friday', 'future'],
		// "a plan", "its aims" are nouns: the verb is elsewhere.
		['We had a plan from the first week of January.', 'January', 'past'],
		['Its aims in March were modest.', 'March', 'past'],
		['It plans to open in March.', 'March', 'future'],
		// "now" speaks from the present, whatever verb follows it; a past verb after it still counts.
		['City, who finished 11th in 2022–23, now play away on Wednesday evening.', 'Wednesday evening', 'present'],
		['The mill was now closed on Friday.', 'Friday', 'past']
	])('%s (%s): %s', (sentence, expression, tense) => {
		expect(tenseAt(sentence, sentence.indexOf(expression))).toBe(tense);
	});
});
