import {
  BecomeCreator,
  CreatorCardPage,
  CreatorHandleParam,
  CreatorProfile,
  FollowerPage,
  FollowState,
  PageQuery,
  UpdateCreator,
} from '@noteshop/contracts';
import { contractDto } from '../docs/contract-dto';

export class BecomeCreatorDto extends contractDto(BecomeCreator) {}
export class UpdateCreatorDto extends contractDto(UpdateCreator) {}
export class CreatorProfileDto extends contractDto(CreatorProfile) {}
export class CreatorHandleParamDto extends contractDto(CreatorHandleParam) {}
export class CreatorCardPageDto extends contractDto(CreatorCardPage) {}
export class FollowerPageDto extends contractDto(FollowerPage) {}
export class FollowStateDto extends contractDto(FollowState) {}
export class CreatorPageQueryDto extends contractDto(PageQuery) {}
