import { describe, expect, it } from 'vitest';
import { declaredCategories, draftCategories } from './category.ts';

/**
 * The category of `sentence` by its own keywords: it is drafted beside a sentence of another category, whose
 * category it would take if it matched no keyword.
 */
const categoryOf = (sentence: string, expected: string) =>
	draftCategories([sentence, expected === 'sport' ? 'The pipeline opened.' : 'The club won.'])[0];

describe('draftCategories', () => {
	it.each<[string, string]>([
		['Russia launched its invasion of Ukraine on 24 February 2022.', 'military'],
		['Putin signed an agreement to increase gas exports through a new pipeline.', 'energy'],
		['Revenue rose 12% and the shares gained.', 'economy'],
		['Western countries imposed sanctions on Russia.', 'sanctions'],
		['China signed a statement at the G-20 summit in Bali.', 'multilateral'],
		['The council approved its budget and councillors voted.', 'domestic-politics'],
		['Corran Rovers won the league and the trophy.', 'sport'],
		['Xi met his counterpart for talks in Moscow.', 'diplomacy']
	])('%s → %s', (sentence, category) => {
		expect(draftCategories([sentence])).toEqual([category]);
	});

	// Each keyword in the forms it is meant to take: singular, plural, inflected; one row per form.
	it.each<[string, string]>([
		['diplomacy', 'Xi will visit Moscow in March.'],
		['diplomacy', 'The envoy visits Beijing twice a year.'],
		['diplomacy', 'Blinken visited Beijing in June.'],
		['diplomacy', 'The talks ended without a statement.'],
		['diplomacy', 'The meeting lasted three hours.'],
		['diplomacy', 'Two meetings followed in Geneva.'],
		['diplomacy', 'The two leaders met in Samarkand.'],
		['diplomacy', 'Xi held a video call with Putin.'],
		['diplomacy', 'Weekly calls kept the channel open.'],
		['diplomacy', 'A diplomat was expelled from Vilnius.'],
		['diplomacy', 'Three diplomats were expelled.'],
		['diplomacy', 'The diplomatic row deepened.'],
		['diplomacy', 'An ambassador was recalled to Beijing for consultations.'],
		['diplomacy', 'Both ambassadors were summoned.'],
		['diplomacy', 'A special envoy arrived in Kyiv.'],
		['diplomacy', 'Two envoys arrived in Kyiv.'],
		['diplomacy', 'Relations between the two capitals cooled.'],
		['diplomacy', 'They announced a “no limits” partnership.'],
		['diplomacy', 'The treaty was signed in Rome.'],
		['diplomacy', 'A joint declaration followed.'],
		['diplomacy', 'He thanked his counterpart.'],
		['diplomacy', 'The foreign minister flew to Delhi.'],
		['diplomacy', 'The foreign ministry denied the report.'],
		['military', 'The war entered its second year.'],
		['military', 'Two world wars shaped the border.'],
		['military', 'The invasion began before dawn.'],
		['military', 'Russian forces invaded from the north.'],
		['military', 'The plan for invading the island leaked.'],
		['military', 'The troops withdrew from Kherson.'],
		['military', 'The army crossed the river.'],
		['military', 'Both armies dug in.'],
		['military', 'The military took control of the airport.'],
		['military', 'A missile struck the depot.'],
		['military', 'Missiles struck the depot.'],
		['military', 'No weapon was found.'],
		['military', 'Western weapons arrived by rail.'],
		['military', 'The attack came at night.'],
		['military', 'The attacks came at night.'],
		['military', 'The navy shadowed the convoy.'],
		['military', 'A naval blockade began.'],
		['military', 'Two soldiers were wounded.'],
		['military', 'Spending on defence doubled.'],
		['military', 'Spending on defense doubled.'],
		['military', 'Moscow issued a nuclear warning.'],
		['military', 'A bomb exploded near the station.'],
		['military', 'The bombing of the bridge cut the line.'],
		['military', 'A ceasefire took hold.'],
		['military', 'The conflict spread south.'],
		['military', 'Joint maneuvers began off Taiwan.'],
		['military', 'Joint manoeuvres began off Taiwan.'],
		['military', 'Joint exercises began off Taiwan.'],
		['energy', 'Europe bought less gas.'],
		['energy', 'China bought more oil.'],
		['energy', 'The pipeline opened.'],
		['energy', 'Two pipelines cross the steppe.'],
		['energy', 'The energy ministry published the figures.'],
		['energy', 'Electricity was rationed.'],
		['energy', 'A power station was shut.'],
		['energy', 'Three power stations were shut.'],
		['energy', 'A power plant was shut.'],
		['energy', 'Three power plants were shut.'],
		['energy', 'Coal imports fell.'],
		['energy', 'Solar output rose.'],
		['energy', 'A wind farm opened offshore.'],
		['energy', 'Two wind farms opened offshore.'],
		['energy', 'Hydrocarbons make up most exports.'],
		['energy', 'Fuel ran short.'],
		['energy', 'The first LNG tanker docked.'],
		['economy', 'Trade with Europe fell.'],
		['economy', 'The economy shrank.'],
		['economy', 'The economic outlook darkened.'],
		['economy', 'The market opened lower.'],
		['economy', 'Asian markets opened lower.'],
		['economy', 'Its shares rose.'],
		['economy', 'Revenue doubled.'],
		['economy', 'Sales doubled.'],
		['economy', 'Its profit doubled.'],
		['economy', 'Its profits doubled.'],
		['economy', 'The price doubled.'],
		['economy', 'Prices doubled.'],
		['economy', 'Inflation reached 9%.'],
		['economy', 'The budget was cut.'],
		['economy', 'Both budgets were cut.'],
		['economy', 'A windfall tax was approved by the cabinet.'],
		['economy', 'Taxes rose.'],
		['economy', 'The bank raised rates.'],
		['economy', 'Banks raised rates.'],
		['economy', 'They pledged to invest abroad.'],
		['economy', 'Foreign investment fell.'],
		['economy', 'Some 140 jobs went.'],
		['economy', 'The company was sold.'],
		['economy', 'Two companies merged.'],
		['economy', 'The firm was sold.'],
		['economy', 'Two firms merged.'],
		['economy', 'The currency fell.'],
		['economy', 'The deal was hard to finance.'],
		['economy', 'The financial crisis spread.'],
		['economy', 'The cost doubled.'],
		['economy', 'Costs doubled.'],
		['economy', 'The fund closed.'],
		['economy', 'Funds closed.'],
		['economy', 'The loan was repaid.'],
		['economy', 'Loans were repaid.'],
		['economy', 'Tolls were raised.'],
		['economy', 'Cargo piled up in the port.'],
		['economy', 'A product recall followed.'],
		['economy', 'The maker recalled 40,000 cars.'],
		['sanctions', 'A new sanction took effect.'],
		['sanctions', 'Sanctions took effect.'],
		['sanctions', 'Two oligarchs were sanctioned.'],
		['sanctions', 'An arms embargo took effect.'],
		['sanctions', 'Arms embargoes took effect.'],
		['sanctions', 'The shipments were embargoed.'],
		['multilateral', 'The summit closed.'],
		['multilateral', 'Both summits closed.'],
		['multilateral', 'The G-20 convened in Bali.'],
		['multilateral', 'The G20 convened in Bali.'],
		['multilateral', 'The G-7 convened in Hiroshima.'],
		['multilateral', 'The G7 convened in Hiroshima.'],
		['multilateral', 'The SCO convened in Samarkand.'],
		['multilateral', 'The BRICS convened in Johannesburg.'],
		['multilateral', 'The United Nations convened.'],
		['multilateral', 'The UN convened.'],
		['multilateral', 'The Security Council convened.'],
		['multilateral', 'NATO convened in Vilnius.'],
		['multilateral', 'The European Union convened.'],
		['multilateral', 'The EU convened.'],
		['multilateral', 'China joined the WTO.'],
		['multilateral', 'The IMF lent more.'],
		['multilateral', 'OPEC cut output.'],
		['multilateral', 'ASEAN convened in Jakarta.'],
		['multilateral', 'The resolution passed.'],
		['multilateral', 'The Summit of the Americas opened.'],
		['multilateral', 'Resolution 2758 was adopted.'],
		['domestic-politics', 'The parliament approved it.'],
		['domestic-politics', 'A parliamentary inquiry opened.'],
		['domestic-politics', 'The election was close.'],
		['domestic-politics', 'Two elections were held.'],
		['domestic-politics', 'The council approved it.'],
		['domestic-politics', 'Two councillors resigned.'],
		['domestic-politics', 'The government approved it.'],
		['domestic-politics', 'The minister resigned.'],
		['domestic-politics', 'Two ministers resigned.'],
		['domestic-politics', 'The vote was close.'],
		['domestic-politics', 'The votes were counted.'],
		['domestic-politics', 'They voted against it.'],
		['domestic-politics', 'Voting closed at ten.'],
		['domestic-politics', 'The referendum failed.'],
		['domestic-politics', 'The law took effect.'],
		['domestic-politics', 'New laws took effect.'],
		['domestic-politics', 'The bill passed.'],
		['domestic-politics', 'Both bills passed.'],
		['domestic-politics', 'The court ruled against it.'],
		['domestic-politics', 'Two courts ruled against it.'],
		['domestic-politics', 'The mayor resigned.'],
		['domestic-politics', 'Three mayors resigned.'],
		['domestic-politics', 'The party split.'],
		['domestic-politics', 'Both parties split.'],
		['domestic-politics', 'Congress adjourned.'],
		['domestic-politics', 'The Senate adjourned.'],
		['domestic-politics', 'The legislature adjourned.'],
		['domestic-politics', 'New legislation took effect.'],
		['domestic-politics', 'The regulator objected.'],
		['domestic-politics', 'Two regulators objected.'],
		['sport', 'Both matches were postponed.'],
		['sport', 'The league was suspended.'],
		['sport', 'The championship was suspended.'],
		['sport', 'Both championships were suspended.'],
		['sport', 'The tournament was suspended.'],
		['sport', 'Both tournaments were suspended.'],
		['sport', 'They lifted the cup.'],
		['sport', 'The Olympic flame arrived.'],
		['sport', 'The Olympics were postponed.'],
		['sport', 'The marathon was postponed.'],
		['sport', 'Both marathons were postponed.'],
		['sport', 'The race was postponed.'],
		['sport', 'Both races were postponed.'],
		['sport', 'He scored two goals.'],
		['sport', 'The team was relegated.'],
		['sport', 'Both teams were relegated.'],
		['sport', 'The club was relegated.'],
		['sport', 'Both clubs were relegated.'],
		['sport', 'Three players were injured.'],
		['sport', 'The coach was dismissed.'],
		['sport', 'Both coaches were dismissed.'],
		['sport', 'She won a medal.'],
		['sport', 'She won three medals.'],
		['sport', 'They lifted the trophy.'],
		['sport', 'The stadium was full.'],
		['sport', 'The runners set off.']
	])('%s: %s', (category, sentence) => {
		expect(categoryOf(sentence, category)).toBe(category);
	});

	// Words that contain a keyword but are not it: the keyword is a whole word.
	it.each<[string, string]>([
		['visitors', 'The visitors left early.'],
		['metal', 'The metal rusted.'],
		['warship', 'The warship left port.'],
		['award', 'She won an award.'],
		['armyworm', 'An armyworm outbreak spread.'],
		['oilseed', 'Oilseed yields fell.'],
		['billion', 'A billion people watched.'],
		['lawyer', 'Her lawyer resigned.'],
		['partner', 'His partner resigned.'],
		['goal', 'The goal was clear.'],
		['teammate', 'His teammate resigned.'],
		['racism', 'Racism was denounced.'],
		['un- (acronyms are capitals)', 'The un-named source said so.'],
		['Nato (acronyms are capitals)', 'Nato said so.']
	])('%s is no keyword', (_, sentence) => {
		expect(draftCategories([sentence, 'The club won.'])[0]).toBe('sport');
	});

	it('gives a sentence the category with the most keywords, the list’s first on a tie', () => {
		expect(draftCategories(['The sanctions hit the banks, the markets and the currency.'])).toEqual(['economy']);
		expect(draftCategories(['Gas prices rose.'])).toEqual(['energy']);
		expect(draftCategories(['Prices of gas rose.'])).toEqual(['energy']);
	});

	it('gives a sentence with no keyword the article’s most common category', () => {
		expect(draftCategories(['The league began.', 'It rained.', 'The club won the cup.'])).toEqual(['sport', 'sport', 'sport']);
		// Sentences without a keyword are not a category of their own, however many they are.
		expect(draftCategories(['It rained.', 'It snowed.', 'The club won.'])).toEqual(['sport', 'sport', 'sport']);
		// The most common wins over the list's order and over the order of the sentences.
		expect(draftCategories(['The pipeline opened.', 'The club won.', 'It rained.', 'The team lost.'])).toEqual(['energy', 'sport', 'sport', 'sport']);
		expect(draftCategories(['The club won.', 'The pipeline opened.', 'It rained.', 'The coal mine shut.'])).toEqual([
			'sport',
			'energy',
			'energy',
			'energy'
		]);
	});

	it('breaks a tie between the most common categories by the list’s order, whatever the order of the sentences', () => {
		expect(draftCategories(['The club won.', 'The pipeline opened.', 'It rained.'])).toEqual(['sport', 'energy', 'energy']);
		expect(draftCategories(['The pipeline opened.', 'The club won.', 'It rained.'])).toEqual(['energy', 'sport', 'energy']);
		expect(draftCategories(['The club won.', 'The treaty was signed.', 'The pipeline opened.', 'It rained.'])).toEqual([
			'sport',
			'diplomacy',
			'energy',
			'diplomacy'
		]);
		expect(draftCategories(['The club won.', 'The bill passed.', 'It rained.'])).toEqual(['sport', 'domestic-politics', 'domestic-politics']);
	});

	it('gives an article with no keyword at all the list’s first category', () => {
		expect(draftCategories(['It rained.', 'It snowed.'])).toEqual(['diplomacy', 'diplomacy']);
		expect(draftCategories([])).toEqual([]);
	});
});

describe('declaredCategories', () => {
	it('declares the categories used, once each, in the list’s order, with their labels', () => {
		expect(declaredCategories(['sport', 'energy', 'sport', 'domestic-politics'])).toEqual([
			{ id: 'energy', label: 'Energy' },
			{ id: 'domestic-politics', label: 'Domestic politics' },
			{ id: 'sport', label: 'Sport' }
		]);
		expect(declaredCategories([])).toEqual([]);
	});
});
