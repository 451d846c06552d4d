/**
 * What a post leaves out, for the panel to say. To fit the site: how the child looks, the tags, the DNA line,
 * the case number, the family's contact, the spot, the request to share, the place in full (a shorter form is
 * given), the age now, the gender, the nickname, the station's name, its phone, parts of the parent's story,
 * the end of the text (`cut`). An essential (name, date, place, police) only when even the shortest
 * post cannot hold it. Not understood: a date or age the parent typed that Homeward could not read.
 */
export type LeftOut =
  | 'looks'
  | 'tags'
  | 'dna'
  | 'caseNumber'
  | 'contact'
  | 'spot'
  | 'share'
  | 'placeShort'
  | 'ageNow'
  | 'gender'
  | 'nickname'
  | 'station'
  | 'phone'
  | 'story'
  | 'cut'
  | 'name'
  | 'date'
  | 'place'
  | 'police'
  | 'unreadLostDate'
  | 'unreadBirthDate'
  | 'unreadAgeWhenLost';
