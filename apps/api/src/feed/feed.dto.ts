import { FeedQuery, HashtagParam, NoteCardPage, PageQuery } from '@noteshop/contracts';
import { contractDto } from '../docs/contract-dto';

export class FeedQueryDto extends contractDto(FeedQuery) {}
export class NotePageQueryDto extends contractDto(PageQuery) {}
export class HashtagParamDto extends contractDto(HashtagParam) {}
export class NoteCardPageDto extends contractDto(NoteCardPage) {}
