/**
 * Word parts that several alias groups share: Korean particles, and the Chinese and Japanese
 * characters that turn a country name into a demonym.
 */

/**
 * Korean case particles and postpositions written onto a noun without a space (카자흐스탄의,
 * 알마티에서, 토카예프는). Both forms after a consonant and after a vowel are listed; "발"
 * (departing from) and "행" (bound for) appear in travel news. 인 ("person", 카자흐스탄인)
 * and 산 ("made in") are deliberately absent: they make a demonym or an adjective.
 */
export const KOREAN_PARTICLES: readonly string[] = (
  '의 은 는 이 가 을 를 에 에서 에서의 에서는 에서도 에게 에는 에도 에선 엔 으로 으로의 으로는 ' +
  '로 로의 로는 와 과 와의 과의 도 만 까지 부터 보다 처럼 이다 이며 이고 이나 나 이라 이라는 ' +
  '이란 란 라는 라고 이라고 측 발 행'
).split(' ');

/** Chinese and Japanese demonyms: the country name plus 人, "person". */
export const PERSON: readonly string[] = ['人'];

/** Words starting with 人 that keep the country a country: population, per capita, people, rights. */
export const PERSON_WORDS: readonly string[] = ['人口', '人均', '人民', '人权', '人權'];
