;; On a 64-bit memory the alignment test comes first, then the explicit bounds check
;; of the access's end against the length (a carry traps too).

(module
  (memory i64 1 1 shared)
  (func (export "add") (param $a i64) (param $v i32) (result i32)
    (i32.atomic.rmw.add offset=4 (local.get $a) (local.get $v))))

;; function 0 (export "add"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005F
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     rcx,[rbp+0x18]
;;     28: test    cl,3
;;     2c: jne     0x00000000000000B2
;;     32: add     rcx,8
;;     36: jb      0x00000000000000CC
;;     3c: mov     r11,[r14+0x18]
;;     41: cmp     rcx,[r11+8]
;;     46: ja      0x00000000000000CC
;;     4c: mov     r11,[r14+0x10]
;;     51: lock xadd [r11+rcx-4],eax
;;     58: mov     eax,eax
;;     5b: leave
;;     5c: ret     0x10
;;     5f: cmp     dword ptr [r11+0x14],0
;;     68: jne     0x000000000000007E
;;     6e: cmp     rax,[r11+0x38]
;;     73: jb      0x0000000000000098
;;     79: jmp     0x000000000000001E
;;     7e: mov     r11,[r14]
;;     83: mov     qword ptr [r11+0x18],0x28
;;     8c: mov     eax,0xA
;;     92: mov     rsp,[r11+8]
;;     97: ret
;;     98: mov     r11,[r14]
;;     9d: mov     qword ptr [r11+0x18],0x28
;;     a6: mov     eax,9
;;     ac: mov     rsp,[r11+8]
;;     b1: ret
;;     b2: mov     r11,[r14]
;;     b7: mov     qword ptr [r11+0x18],0x2D
;;     c0: mov     eax,0xF
;;     c6: mov     rsp,[r11+8]
;;     cb: ret
;;     cc: mov     r11,[r14]
;;     d1: mov     qword ptr [r11+0x18],0x2D
;;     da: mov     eax,5
;;     e0: mov     rsp,[r11+8]
;;     e5: ret
