;; `f32.copysign` of two locals.

(module
  (func (export "f") (param $a f32) (param $b f32) (result f32)
    (f32.copysign (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000058
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movsd   xmm1,[rbp+0x18]
;;     2c: movd    eax,xmm0
;;     31: movd    ecx,xmm1
;;     36: mov     r11d,0x80000000
;;     3c: and     eax,r11d
;;     3f: mov     r11d,0x7FFFFFFF
;;     45: and     ecx,r11d
;;     48: or      ecx,eax
;;     4b: movd    xmm1,ecx
;;     50: movaps  xmm0,xmm1
;;     54: leave
;;     55: ret     0x10
;;     58: cmp     dword ptr [r11+0x14],0
;;     61: jne     0x0000000000000077
;;     67: cmp     rax,[r11+0x38]
;;     6c: jb      0x0000000000000091
;;     72: jmp     0x000000000000001E
;;     77: mov     r11,[r14]
;;     7c: mov     qword ptr [r11+0x18],0x20
;;     85: mov     eax,0xA
;;     8b: mov     rsp,[r11+8]
;;     90: ret
;;     91: mov     r11,[r14]
;;     96: mov     qword ptr [r11+0x18],0x20
;;     9f: mov     eax,9
;;     a5: mov     rsp,[r11+8]
;;     aa: ret
