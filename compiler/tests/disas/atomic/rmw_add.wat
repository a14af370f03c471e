;; `add` and `sub` are one `lock xadd` (of the negated operand for `sub`); `xchg` is
;; `xchg`. The old value comes back in the operand's register, zero-extended when
;; narrow.

(module
  (memory 1 1 shared)
  (func (export "i32_add") (param $a i32) (param $v i32) (result i32)
    (i32.atomic.rmw.add (local.get $a) (local.get $v)))
  (func (export "i64_sub8_u") (param $a i32) (param $v i64) (result i64)
    (i64.atomic.rmw8.sub_u (local.get $a) (local.get $v)))
  (func (export "i64_xchg32_u") (param $a i32) (param $v i64) (result i64)
    (i64.atomic.rmw32.xchg_u (local.get $a) (local.get $v))))

;; function 0 (export "i32_add"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000045
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     ecx,[rbp+0x18]
;;     28: test    cl,3
;;     2c: jne     0x0000000000000098
;;     32: mov     r11,[r14+0x10]
;;     37: lock xadd [r11+rcx],eax
;;     3e: mov     eax,eax
;;     41: leave
;;     42: ret     0x10
;;     45: cmp     dword ptr [r11+0x14],0
;;     4e: jne     0x0000000000000064
;;     54: cmp     rax,[r11+0x38]
;;     59: jb      0x000000000000007E
;;     5f: jmp     0x000000000000001E
;;     64: mov     r11,[r14]
;;     69: mov     qword ptr [r11+0x18],0x50
;;     72: mov     eax,0xA
;;     78: mov     rsp,[r11+8]
;;     7d: ret
;;     7e: mov     r11,[r14]
;;     83: mov     qword ptr [r11+0x18],0x50
;;     8c: mov     eax,9
;;     92: mov     rsp,[r11+8]
;;     97: ret
;;     98: mov     r11,[r14]
;;     9d: mov     qword ptr [r11+0x18],0x55
;;     a6: mov     eax,0xF
;;     ac: mov     rsp,[r11+8]
;;     b1: ret

;; function 1 (export "i64_sub8_u"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003F
;;     1e: mov     rax,[rbp+0x10]
;;     23: mov     ecx,[rbp+0x18]
;;     28: mov     r11,[r14+0x10]
;;     2d: neg     eax
;;     30: lock xadd [r11+rcx],al
;;     37: movzx   eax,al
;;     3b: leave
;;     3c: ret     0x10
;;     3f: cmp     dword ptr [r11+0x14],0
;;     48: jne     0x000000000000005E
;;     4e: cmp     rax,[r11+0x38]
;;     53: jb      0x0000000000000078
;;     59: jmp     0x000000000000001E
;;     5e: mov     r11,[r14]
;;     63: mov     qword ptr [r11+0x18],0x5B
;;     6c: mov     eax,0xA
;;     72: mov     rsp,[r11+8]
;;     77: ret
;;     78: mov     r11,[r14]
;;     7d: mov     qword ptr [r11+0x18],0x5B
;;     86: mov     eax,9
;;     8c: mov     rsp,[r11+8]
;;     91: ret

;; function 2 (export "i64_xchg32_u"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000043
;;     1e: mov     rax,[rbp+0x10]
;;     23: mov     ecx,[rbp+0x18]
;;     28: test    cl,3
;;     2c: jne     0x0000000000000096
;;     32: mov     r11,[r14+0x10]
;;     37: xchg    [r11+rcx],eax
;;     3c: mov     eax,eax
;;     3f: leave
;;     40: ret     0x10
;;     43: cmp     dword ptr [r11+0x14],0
;;     4c: jne     0x0000000000000062
;;     52: cmp     rax,[r11+0x38]
;;     57: jb      0x000000000000007C
;;     5d: jmp     0x000000000000001E
;;     62: mov     r11,[r14]
;;     67: mov     qword ptr [r11+0x18],0x66
;;     70: mov     eax,0xA
;;     76: mov     rsp,[r11+8]
;;     7b: ret
;;     7c: mov     r11,[r14]
;;     81: mov     qword ptr [r11+0x18],0x66
;;     8a: mov     eax,9
;;     90: mov     rsp,[r11+8]
;;     95: ret
;;     96: mov     r11,[r14]
;;     9b: mov     qword ptr [r11+0x18],0x6B
;;     a4: mov     eax,0xF
;;     aa: mov     rsp,[r11+8]
;;     af: ret
